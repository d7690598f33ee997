// One PlotSpec drawn with uPlot on a canvas: simulation solid, theory dashed, log axes where the
// spec asks. Rebuilt when the theme changes, resized with its container, fed new data in place.
import { useEffect, useEffectEvent, useMemo, useRef } from "react";
import uPlot from "uplot";
import type { Curve, PlotSpec } from "@/lib/experiments/types";
import { formatNumber } from "./format";
import { DEMO_SIZES } from "./sizes";
import { alignCurves, lineSpecs, logTicks, type Aligned, type LineSpec } from "./plot-data";
import { cssColors, type Palette } from "./theme-palette";

export const PLOT_HEIGHT = DEMO_SIZES.canvas;

const tickLabels = (_u: uPlot, splits: number[]) => splits.map((v) => (v == null ? "" : formatNumber(v, 3)));

function options(plot: PlotSpec, lines: LineSpec[], palette: Palette, width: number): uPlot.Options {
  const font = `12px ${palette.font}`;
  const axis = (label: string, log: boolean): uPlot.Axis => ({
    label,
    stroke: palette.axis,
    font,
    labelFont: font,
    grid: { stroke: palette.grid, width: 1 },
    ticks: { stroke: palette.grid, width: 1 },
    values: tickLabels,
    // Our own log ticks, all labelled (uPlot's default filter would blank most of them).
    ...(log && { splits: (_u: uPlot, _axis: number, min: number, max: number) => logTicks(min, max), filter: (_u: uPlot, splits: number[]) => splits }),
  });
  return {
    width,
    height: PLOT_HEIGHT,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false, distr: plot.logX ? 3 : 1 }, y: { distr: plot.logY ? 3 : 1 } },
    axes: [axis(plot.xLabel, !!plot.logX), { ...axis(plot.yLabel, !!plot.logY), size: 56 }],
    series: [
      {},
      ...lines.map((l) => ({
        label: l.label,
        stroke: l.color,
        width: l.theory ? 1.5 : 2,
        dash: l.theory ? [6, 4] : undefined,
        spanGaps: true,
        points: { show: false },
      })),
    ],
  };
}

function Swatch({ color, dashed }: { color: string; dashed: boolean }) {
  return (
    <svg aria-hidden="true" width="18" height="6">
      <line x1="0" y1="3" x2="18" y2="3" stroke={color} strokeWidth="2" strokeDasharray={dashed ? "4 3" : undefined} />
    </svg>
  );
}

/** Simulated series and unpaired theory lines by name; paired theory lines by one "dashed" key. */
function Legend({ lines }: { lines: LineSpec[] }) {
  const named = lines.filter((l) => !l.paired);
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-ink-2">
      {named.map((l) => (
        <li key={l.key} className="inline-flex items-center gap-1">
          <Swatch color={l.color} dashed={l.theory} />
          {l.label}
          {l.theory && <span className="sr-only"> (theory, dashed)</span>}
        </li>
      ))}
      {named.length < lines.length && (
        <li className="inline-flex items-center gap-1">
          <Swatch color={cssColors.neutral} dashed />
          theory
        </li>
      )}
    </ul>
  );
}

export function LivePlot({
  plot,
  sim,
  theory,
  palette,
}: {
  plot: PlotSpec;
  sim: Record<string, Curve> | undefined;
  theory: Record<string, Curve> | undefined;
  /** Null until the theme has been read: the figure keeps its size, the chart waits. */
  palette: Palette | null;
}) {
  const legend = useMemo(() => lineSpecs(plot, cssColors), [plot]);
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const data = useMemo<Aligned>(
    () => alignCurves(legend.map((l) => (l.theory ? theory : sim)?.[l.key]), plot.logX, plot.logY),
    [legend, sim, theory, plot.logX, plot.logY],
  );
  // The chart is created with the data of the moment but not re-created when it changes: the
  // effect below hands new data to the existing chart.
  const currentData = useEffectEvent(() => data);
  // Without data uPlot draws no axes, and adding them later would shift the plot area.
  const hasData = data[0].length > 0;

  useEffect(() => {
    const el = box.current;
    if (!el || !palette || !hasData) return;
    const u = new uPlot(options(plot, lineSpecs(plot, palette), palette, Math.max(200, el.clientWidth)), currentData() as uPlot.AlignedData, el);
    chart.current = u;
    const resize = new ResizeObserver(() => u.setSize({ width: Math.max(200, el.clientWidth), height: PLOT_HEIGHT }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      u.destroy();
      chart.current = null;
    };
  }, [plot, palette, hasData]);

  useEffect(() => {
    chart.current?.setData(data as uPlot.AlignedData);
  }, [data]);

  const scale = (log?: boolean) => (log ? " (log scale)" : "");
  return (
    <figure className="flex min-w-0 flex-col gap-1" data-plot={plot.id}>
      <figcaption className="line-clamp-2 h-10 text-sm font-medium text-ink">
        {plot.title}
      </figcaption>
      <div
        ref={box}
        role="img"
        aria-label={`${plot.title}: ${plot.yLabel}${scale(plot.logY)} against ${plot.xLabel}${scale(plot.logX)}; simulation solid, theory dashed.`}
        style={{ height: PLOT_HEIGHT }}
      />
      <Legend lines={legend} />
    </figure>
  );
}
