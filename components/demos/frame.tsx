// The fixed-size box a demo lives in. The server poster and the interactive demo share it, so
// loading the demo never shifts the page: its height is reserved from the spec up front, per
// container width (narrow: one column; medium: controls beside plots; wide: plots two abreast).
import type { CSSProperties } from "react";
import { humanizeKey } from "./format";
import { DEMO_SIZES as S } from "./sizes";
import type { DemoSpec } from "./types";

type Layout = "narrow" | "medium" | "wide";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Lines a legend takes when its entries are packed greedily into `width`. */
function legendLines(labels: string[], width: number): number {
  let lines = 1;
  let used = 0;
  for (const label of labels) {
    const w = S.legendEntry + label.length * S.legendChar;
    if (used > 0 && used + w > width) {
      lines += 1;
      used = 0;
    }
    used += w;
  }
  return lines;
}

/** Legend labels as live-plot.tsx shows them: paired theory lines share one "theory" entry. */
function legendLabels(p: DemoSpec["plots"][number]): string[] {
  const theory = p.theorySeries ?? [];
  const named = theory.length === p.series.length ? [...p.series, "theory"] : [...p.series, ...theory];
  return named.map(humanizeKey);
}

function plotHeights(spec: DemoSpec, layout: Layout): number[] {
  return spec.plots.map((p) => S.plot + S.legendLine * legendLines(legendLabels(p), S.width[layout]));
}

function tableHeight(spec: DemoSpec, layout: Layout): number {
  const column = layout === "wide" ? S.labelColumn.wide : S.labelColumn.narrow;
  const rows = spec.observables.map((o) => S.rowPadding + S.rowLine * Math.ceil((o.label.length * S.labelChar) / column));
  return S.tableChrome + sum(rows);
}

function paramsHeight(spec: DemoSpec, layout: Layout): number {
  const controls = [...spec.controls.map((c) => S.control[c.kind]), S.control.number]; // + the seed
  const share = layout === "narrow" ? S.share.narrow : S.share.wide;
  return S.fieldsetLegend + sum(controls.map((h) => h + S.gap)) + S.gap + share;
}

function headerHeight(spec: DemoSpec, layout: Layout): number {
  if (layout !== "narrow") return S.titleLine + S.gap + S.transport.wide;
  const titleLines = Math.ceil((spec.title.length * S.titleChar) / S.width.narrow);
  return titleLines * S.titleLine + S.status + S.gap + S.transport.narrow;
}

export interface ReservedHeights {
  narrow: number;
  medium: number;
  wide: number;
}

export function reservedHeights(spec: DemoSpec): ReservedHeights {
  const stack = (hs: number[]) => sum(hs) + S.gap * Math.max(0, hs.length - 1);
  const pairs = (hs: number[]) => hs.filter((_, i) => i % 2 === 0).map((h, row) => Math.max(h, hs[2 * row + 1] ?? 0));
  const chrome = (layout: Layout) => S.slack + S.padding + headerHeight(spec, layout) + S.gap;
  return {
    narrow:
      chrome("narrow") + paramsHeight(spec, "narrow") + S.gap + stack([...plotHeights(spec, "narrow"), tableHeight(spec, "narrow")]),
    medium: chrome("medium") + Math.max(paramsHeight(spec, "medium"), stack([...plotHeights(spec, "medium"), tableHeight(spec, "medium")])),
    wide: chrome("wide") + Math.max(paramsHeight(spec, "wide"), stack([...pairs(plotHeights(spec, "wide")), tableHeight(spec, "wide")])),
  };
}

/** Classes and CSS variables for the box; its parent must be an `@container`. */
export function frameProps(h: ReservedHeights): { className: string; style: CSSProperties } {
  return {
    className:
      // Its own font: on a long-form page the prose's serif, size and leading would be inherited.
      "h-(--demo-h-narrow) @3xl:h-(--demo-h-medium) @5xl:h-(--demo-h-wide) overflow-y-auto rounded-lg border border-rule bg-paper font-sans text-base text-ink",
    style: { "--demo-h-narrow": `${h.narrow}px`, "--demo-h-medium": `${h.medium}px`, "--demo-h-wide": `${h.wide}px` } as CSSProperties,
  };
}

/** The title line, identical in poster and demo. */
export function DemoTitle({ title, aside }: { title: string; aside?: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
      <p className="font-serif text-lg leading-snug font-semibold text-ink">{title}</p>
      {aside}
    </div>
  );
}
