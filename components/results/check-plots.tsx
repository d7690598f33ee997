// The check's curves as server-rendered SVG: every seed's curve (thin, solid) with the theory
// dashed over them, drawn from the same plot specs and point cleaning as the live demos, so the
// page reads without any JavaScript.
import type { PlotCurves } from "@/lib/checks/run-check.server";
import { cleanPoints } from "@/components/demos/plot-data";
import { formatNumber, humanizeKey } from "@/components/demos/format";

/** The demos' series colours as CSS variables (components/demos/theme-palette.ts is a client module). */
const seriesColor = (i: number) => `var(--series-${(i % 8) + 1})`;
const W = 560;
const H = 240;
const PAD = { left: 56, right: 12, top: 10, bottom: 34 };

function Plot({ plot }: { plot: PlotCurves }) {
  const t = (log: boolean) => (v: number) => (log ? Math.log10(v) : v);
  const [tx, ty] = [t(plot.logX), t(plot.logY)];
  const lines = [
    ...plot.series.flatMap((s, i) => s.perSeed.map((c, seed) => ({ key: `${s.key}-${seed}`, color: seriesColor(i), dashed: false, pts: cleanPoints(c, plot.logX, plot.logY) }))),
    ...plot.theory.map((s, i) => ({
      key: `theory-${s.key}`,
      color: plot.theory.length === plot.series.length ? seriesColor(i) : "var(--ink-3)",
      dashed: true,
      pts: cleanPoints(s.curve, plot.logX, plot.logY),
    })),
  ].filter((l) => l.pts.length > 1);
  if (lines.length === 0) return null;
  const all = lines.flatMap((l) => l.pts.map(([x, y]) => [tx(x), ty(y)]));
  const [x0, x1] = [Math.min(...all.map((p) => p[0])), Math.max(...all.map((p) => p[0]))];
  const [y0, y1] = [Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[1]))];
  const sx = (x: number) => PAD.left + ((tx(x) - x0) / (x1 - x0 || 1)) * (W - PAD.left - PAD.right);
  const sy = (y: number) => H - PAD.bottom - ((ty(y) - y0) / (y1 - y0 || 1)) * (H - PAD.top - PAD.bottom);
  const label = (v: number, log: boolean) => formatNumber(log ? 10 ** v : v, 3);
  const seeds = plot.series[0]?.perSeed.length ?? 0;
  return (
    <figure className="flex min-w-0 flex-col gap-1" data-plot={plot.id}>
      <figcaption className="text-sm font-medium">{plot.title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="w-full" role="img" aria-label={`${plot.yLabel} against ${plot.xLabel}: ${seeds} seed${seeds === 1 ? "" : "s"} (solid) and theory (dashed)`}>
        <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} stroke="var(--rule)" />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} stroke="var(--rule)" />
        <g fill="var(--ink-3)" fontSize="11">
          <text x={PAD.left} y={H - 18} textAnchor="start">{label(x0, plot.logX)}</text>
          <text x={W - PAD.right} y={H - 18} textAnchor="end">{label(x1, plot.logX)}</text>
          <text x={(W + PAD.left) / 2} y={H - 4} textAnchor="middle">{plot.xLabel}{plot.logX ? " (log)" : ""}</text>
          <text x={PAD.left - 4} y={H - PAD.bottom} textAnchor="end">{label(y0, plot.logY)}</text>
          <text x={PAD.left - 4} y={PAD.top + 8} textAnchor="end">{label(y1, plot.logY)}</text>
        </g>
        {lines.map((l) => (
          <polyline
            key={l.key}
            points={l.pts.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(" ")}
            fill="none"
            stroke={l.color}
            strokeWidth={l.dashed ? 2 : 1.2}
            strokeOpacity={l.dashed ? 1 : 0.75}
            strokeDasharray={l.dashed ? "6 4" : undefined}
          />
        ))}
      </svg>
      <p className="text-xs text-ink-3">
        {plot.yLabel}
        {plot.logY ? " (log)" : ""}; solid: {plot.series.map((s) => humanizeKey(s.key)).join(", ")} per seed
        {plot.theory.length > 0 && `; dashed: theory (${plot.theory.map((s) => humanizeKey(s.key)).join(", ")})`}
      </p>
    </figure>
  );
}

export function CheckPlots({ curves }: { curves: PlotCurves[] }) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {curves.map((p) => (
        <Plot key={p.id} plot={p} />
      ))}
    </div>
  );
}
