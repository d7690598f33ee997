// Turns a PlotSpec and the latest curves into what uPlot draws: one shared, sorted x column
// and one y column per series (null where a series has no point at that x).
import type { Curve, PlotSpec } from "@/lib/experiments/types";
import { humanizeKey } from "./format";
import type { Palette } from "./theme-palette";

export interface LineSpec {
  key: string;
  label: string;
  color: string;
  theory: boolean;
  /** A theory line drawn in its simulated series' colour, so the legend need not list it. */
  paired: boolean;
}

/**
 * Simulated series take the palette in order. A theory series pairs with the simulated series
 * at the same index when the counts match (same colour, dashed); otherwise it is drawn neutral.
 */
export function lineSpecs(plot: PlotSpec, palette: Pick<Palette, "series" | "neutral">): LineSpec[] {
  const colorOf = (i: number) => palette.series[i % palette.series.length];
  const theory = plot.theorySeries ?? [];
  const paired = theory.length === plot.series.length;
  return [
    ...plot.series.map((key, i) => ({ key, label: humanizeKey(key), color: colorOf(i), theory: false, paired: false })),
    ...theory.map((key, i) => ({ key, label: humanizeKey(key), color: paired ? colorOf(i) : palette.neutral, theory: true, paired })),
  ];
}

/** Points a log axis cannot show (x ≤ 0, y ≤ 0) and non-finite values are dropped; sorted by x. */
export function cleanPoints(c: Curve | undefined, logX: boolean, logY: boolean): [number, number][] {
  if (!c) return [];
  const pts: [number, number][] = [];
  for (let i = 0; i < c.x.length; i++) {
    const x = c.x[i];
    const y = c.y[i];
    if (!Number.isFinite(x) || !Number.isFinite(y) || (logX && x <= 0) || (logY && y <= 0)) continue;
    pts.push([x, y]);
  }
  for (let i = 1; i < pts.length; i++) {
    if (pts[i][0] < pts[i - 1][0]) return pts.sort((a, b) => a[0] - b[0]);
  }
  return pts;
}

export type Aligned = [number[], ...(number | null)[][]];

export function alignCurves(curves: (Curve | undefined)[], logX = false, logY = false): Aligned {
  const cleaned = curves.map((c) => cleanPoints(c, logX, logY));
  const xs = [...new Set(cleaned.flatMap((pts) => pts.map((p) => p[0])))].sort((a, b) => a - b);
  const index = new Map(xs.map((x, i) => [x, i]));
  const columns = cleaned.map((pts) => {
    const col: (number | null)[] = new Array(xs.length).fill(null);
    for (const [x, y] of pts) col[index.get(x)!] = y;
    return col;
  });
  return [xs, ...columns];
}

/**
 * Tick positions on a log axis: powers of ten (thinned to at most five, which fit the plot's
 * height), with 2 and 5 between them when the range spans two decades or less.
 */
export function logTicks(min: number, max: number): number[] {
  const lo = Math.floor(Math.log10(min));
  const hi = Math.ceil(Math.log10(max));
  const decades = Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
  const ticks = hi - lo <= 2 ? decades.flatMap((d) => [d, 2 * d, 5 * d]) : decades;
  const inside = ticks.filter((v) => v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9));
  const every = Math.ceil(inside.length / 5);
  return inside.filter((_, i) => i % every === 0);
}
