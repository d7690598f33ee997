// JSON has no NaN or Infinity, and a value that could not be measured is NaN by the registry's
// contract: numbers that are not finite travel as null and come back as NaN.
import type { Snapshot } from "@/lib/experiments/types";

export type EncodedSnapshot = Omit<Snapshot, "observables" | "series"> & {
  observables: Record<string, number | null>;
  series: Record<string, { x: (number | null)[]; y: (number | null)[] }>;
};

const enc = (x: number) => (Number.isFinite(x) ? x : null);
const dec = (x: number | null) => (x === null ? NaN : x);

export function encodeSnapshot(s: Snapshot): EncodedSnapshot {
  return {
    ...s,
    observables: Object.fromEntries(Object.entries(s.observables).map(([k, v]) => [k, enc(v)])),
    series: Object.fromEntries(Object.entries(s.series).map(([k, c]) => [k, { x: c.x.map(enc), y: c.y.map(enc) }])),
  };
}

export function decodeSnapshot(s: EncodedSnapshot): Snapshot {
  return {
    ...s,
    observables: Object.fromEntries(Object.entries(s.observables).map(([k, v]) => [k, dec(v)])),
    series: Object.fromEntries(Object.entries(s.series).map(([k, c]) => [k, { x: c.x.map(dec), y: c.y.map(dec) }])),
  };
}
