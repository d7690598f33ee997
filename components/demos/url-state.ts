// Demo configuration in the query string, namespaced per demo instance so one page can hold
// several: ?deep-linear-modes.learningRate=0.01&deep-linear-modes.seed=2.
import type { ParamKind, ParamValue, ParamValues } from "./types";

export const SEED_PARAM = "seed";

export interface UrlOverrides {
  /** Raw values as typed in the URL, coerced by kind where they parse; the schema judges them. */
  params: Record<string, unknown>;
  seed?: unknown;
}

function coerce(raw: string, kind: ParamKind | undefined): unknown {
  switch (kind) {
    case "number": {
      const n = Number(raw);
      return raw.trim() !== "" && Number.isFinite(n) ? n : raw;
    }
    case "boolean":
      return raw === "true" ? true : raw === "false" ? false : raw;
    case "list":
      return raw.trim() === "" ? [] : raw.split(",").map((s) => coerce(s.trim(), "number"));
    default:
      return raw;
  }
}

function encode(v: ParamValue): string {
  return Array.isArray(v) ? v.join(",") : String(v);
}

function same(a: ParamValue | undefined, b: ParamValue | undefined): boolean {
  return a !== undefined && b !== undefined && encode(a) === encode(b);
}

/** This instance's entries of the query string; unknown names are kept so validation reports them. */
export function readOverrides(search: string, ns: string, kinds: Record<string, ParamKind>): UrlOverrides {
  const out: UrlOverrides = { params: {} };
  const prefix = `${ns}.`;
  for (const [name, raw] of new URLSearchParams(search)) {
    if (!name.startsWith(prefix)) continue;
    const key = name.slice(prefix.length);
    if (key === SEED_PARAM) out.seed = coerce(raw, "number");
    else out.params[key] = coerce(raw, kinds[key]);
  }
  return out;
}

/**
 * The query string with this instance's entries replaced. A value is written when it differs from
 * the page's base configuration or from the schema default, so the link survives either changing.
 */
export function writeOverrides(
  search: string,
  ns: string,
  state: { params: ParamValues; seed: number },
  base: { params: ParamValues; seed: number },
  defaults: ParamValues,
): string {
  const query = new URLSearchParams(search);
  for (const name of [...query.keys()]) if (name.startsWith(`${ns}.`)) query.delete(name);
  for (const [key, value] of Object.entries(state.params)) {
    if (!same(value, base.params[key]) || !same(value, defaults[key])) query.set(`${ns}.${key}`, encode(value));
  }
  if (state.seed !== base.seed) query.set(`${ns}.${SEED_PARAM}`, String(state.seed));
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** The demo seed first, then the experiment's default seeds, keeping their count. */
export function submissionSeeds(seed: number, defaultSeeds: number[]): number[] {
  return [seed, ...defaultSeeds.filter((s) => s !== seed)].slice(0, Math.max(1, defaultSeeds.length));
}

/** Link to the result-submission form carrying the full configuration. */
export function submitHref(id: string, params: ParamValues, seeds: number[]): string {
  const query = new URLSearchParams({ experiment: id, params: JSON.stringify(params), seeds: seeds.join(",") });
  return `/results/new?${query.toString()}`;
}

/** A seed is a non-negative 32-bit integer; the message matches the schema's style. */
export function parseSeed(raw: unknown): { ok: true; seed: number } | { ok: false; message: string } {
  return typeof raw === "number" && Number.isInteger(raw) && raw >= 0 && raw < 2 ** 31
    ? { ok: true, seed: raw }
    : { ok: false, message: `seed must be an integer between 0 and ${2 ** 31 - 1} (got ${JSON.stringify(raw)})` };
}
