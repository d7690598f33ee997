// Maps a slider's integer position to a parameter value, linearly or logarithmically, snapped to
// values a person would type (integers, multiples, three significant digits).
import type { ControlSpec } from "./types";

export type SliderControl = Extract<ControlSpec, { kind: "slider" }>;

const DEFAULT_POSITIONS = 200;
/** An integer range this short gets one position per allowed value. */
const MAX_EXACT_POSITIONS = 400;

export function positions(c: SliderControl): number {
  const unit = c.multipleOf ?? 1;
  const exact = (c.max - c.min) / unit;
  return c.int && !c.log && exact <= MAX_EXACT_POSITIONS ? Math.round(exact) : DEFAULT_POSITIONS;
}

function snap(c: SliderControl, v: number): number {
  const unit = c.multipleOf ?? (c.int ? 1 : 0);
  const snapped = unit ? Math.round(v / unit) * unit : Number(v.toPrecision(3));
  // Rounding must not leave the allowed range: step back inside by one unit if it did.
  if (snapped < c.min) return unit ? snapped + unit : c.min;
  if (snapped > c.max) return unit ? snapped - unit : c.max;
  return snapped;
}

/** Position 0 is reserved for the value 0 when the log range has a floor. */
function logRange(c: SliderControl): { lo: number; first: number } {
  return c.logFloor !== undefined ? { lo: c.logFloor, first: 1 } : { lo: c.min, first: 0 };
}

export function fromPosition(c: SliderControl, pos: number): number {
  const n = positions(c);
  if (!c.log) return snap(c, c.min + ((c.max - c.min) * pos) / n);
  const { lo, first } = logRange(c);
  if (pos < first) return c.min;
  return snap(c, lo * (c.max / lo) ** ((pos - first) / (n - first)));
}

export function toPosition(c: SliderControl, v: number): number {
  const n = positions(c);
  const clamped = Math.min(c.max, Math.max(c.min, v));
  if (!c.log) return Math.round(((clamped - c.min) / (c.max - c.min)) * n);
  const { lo, first } = logRange(c);
  if (clamped <= 0 && first) return 0;
  return first + Math.round((Math.log(Math.max(clamped, lo) / lo) / Math.log(c.max / lo)) * (n - first));
}
