// Number and label formatting shared by the poster, the controls, the plots and the table.
import type { Tolerance } from "@/lib/experiments/types";

/** Up to `digits` significant digits, exponent form for very small or large magnitudes. */
export function formatNumber(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? "—" : v > 0 ? "∞" : "−∞";
  if (v === 0) return "0";
  const a = Math.abs(v);
  const text = a < 1e-3 || a >= 1e5 ? v.toExponential(digits - 1).replace(/\.?0+e/, "e") : String(Number(v.toPrecision(digits)));
  return text.replace("-", "−");
}

/** "learningRate" → "learning rate", "mse_n30" → "mse n30": readable without a per-key table. */
export function humanizeKey(key: string): string {
  return key
    .replace(/_/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase();
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function describeTolerance(t: Tolerance): string {
  switch (t.kind) {
    case "relative":
      return `±${formatNumber(t.rel * 100, 3)}%`;
    case "absolute":
      return `±${formatNumber(t.abs, 3)}`;
    case "range":
      return t.min === t.max ? `= ${formatNumber(t.min)}` : `in [${formatNumber(t.min)}, ${formatNumber(t.max)}]`;
  }
}
