// What a demo shows before its code loads, and all it shows without JavaScript: the title, the
// one-line summary and the theory's key numbers for the page's configuration.
import type { Experiment, TheoryPrediction, Tolerance } from "@/lib/experiments/types";
import { DemoTitle } from "./frame";
import { describeTolerance, formatNumber } from "./format";
import { TheorySketch } from "./theory-sketch";

/** Enough numbers to say what the demo checks, few enough to read at a glance. */
const KEY_NUMBERS = 4;

export function DemoPoster({
  exp,
  theory,
  tolerances,
}: {
  exp: Experiment;
  theory: TheoryPrediction;
  tolerances: Partial<Record<string, Tolerance>>;
}) {
  const predictions = exp.observables
    .map((o) => ({ o, value: theory.observables[o.key] ?? NaN, tolerance: tolerances[o.key] ?? o.tolerance }))
    .filter((p) => Number.isFinite(p.value) || p.tolerance.kind === "range");
  const shown = predictions.slice(0, KEY_NUMBERS);
  return (
    <div className="lmh-demo flex flex-col gap-4 p-4">
      <DemoTitle title={exp.title} />
      <p className="font-serif text-base leading-relaxed text-ink-2">{exp.summary}</p>
      {shown.length > 0 && (
        <div className="flex flex-col gap-2">
          <p className="eyebrow">Theory predicts</p>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
            {shown.map(({ o, value, tolerance }) => (
              <div key={o.key} className="flex flex-col border-l-2 border-rule pl-3">
                <dt className="text-ink-2">{o.label}</dt>
                <dd className="font-mono text-ink">
                  {Number.isFinite(value) ? formatNumber(value) : "—"}{" "}
                  <span className="text-ink-3">({describeTolerance(tolerance)})</span>
                </dd>
              </div>
            ))}
          </dl>
          {predictions.length > shown.length && (
            <p className="text-xs text-ink-3">…and {predictions.length - shown.length} more, checked live in the demo.</p>
          )}
        </div>
      )}
      <div className="grid gap-4 @3xl:grid-cols-2">
        {exp.plots.map((p) => (
          <TheorySketch key={p.id} plot={p} theory={theory} />
        ))}
      </div>
      <p className="text-sm text-ink-3">
        The live demo trains this model in your browser and checks it against these numbers; it loads here when scrolled into view.
      </p>
      <noscript>
        <p className="text-sm text-ink-2">It needs JavaScript, which is off: the numbers above are the theory&apos;s prediction.</p>
      </noscript>
    </div>
  );
}
