// A static SVG of a plot's theory curves for the server poster: what the live plot will be
// drawn against, readable before (or without) any JavaScript.
import type { PlotSpec, TheoryPrediction } from "@/lib/experiments/types";
import { cleanPoints } from "./plot-data";

const W = 300;
const H = 120;
/** Enough points for a smooth curve while keeping the page's HTML small. */
const MAX_POINTS = 80;

function thin<T>(pts: T[]): T[] {
  const every = Math.ceil(pts.length / MAX_POINTS);
  return pts.filter((_, i) => i % every === 0 || i === pts.length - 1);
}

export function TheorySketch({ plot, theory }: { plot: PlotSpec; theory: TheoryPrediction }) {
  const keys = plot.theorySeries ?? [];
  const paired = keys.length === plot.series.length;
  const t = (log: boolean | undefined) => (v: number) => (log ? Math.log10(v) : v);
  const [tx, ty] = [t(plot.logX), t(plot.logY)];
  const curves = keys
    .map((k, i) => ({ i, pts: thin(cleanPoints(theory.series[k], !!plot.logX, !!plot.logY)).map(([x, y]) => [tx(x), ty(y)]) }))
    .filter((c) => c.pts.length > 1);
  if (curves.length === 0) return null;
  const all = curves.flatMap((c) => c.pts);
  const [x0, x1] = [Math.min(...all.map((p) => p[0])), Math.max(...all.map((p) => p[0]))];
  const [y0, y1] = [Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[1]))];
  const sx = (x: number) => ((x - x0) / (x1 - x0 || 1)) * W;
  const sy = (y: number) => H - ((y - y0) / (y1 - y0 || 1)) * H;
  return (
    <figure className="flex min-w-0 flex-col gap-1">
      <figcaption className="text-sm text-ink-2">{plot.title}</figcaption>
      <svg
        viewBox={`-4 -4 ${W + 8} ${H + 8}`}
        preserveAspectRatio="none"
        className="h-28 w-full border-b border-l border-rule"
        role="img"
        aria-label={`Theory curves: ${plot.yLabel} against ${plot.xLabel}`}
      >
        {curves.map((c) => (
          <polyline
            key={c.i}
            points={c.pts.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(" ")}
            fill="none"
            stroke={paired ? `var(--series-${(c.i % 8) + 1})` : "var(--ink-3)"}
            strokeWidth="1.5"
            strokeDasharray="6 4"
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
      <p className="text-xs text-ink-3">
        {plot.yLabel} against {plot.xLabel}
        {plot.logX && plot.logY ? " (log–log)" : plot.logY ? " (log y)" : plot.logX ? " (log x)" : ""}, theory
      </p>
    </figure>
  );
}
