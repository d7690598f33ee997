// Measured vs predicted for every observable, with its tolerance and a live verdict for this seed.
import { judgeAll, type PreconditionVerdict, type Verdict } from "@/lib/experiments/verdict";
import type { ObservableSpec, Tolerance } from "@/lib/experiments/types";
import { describeTolerance, formatNumber } from "./format";

const verdictStyle: Record<Verdict | PreconditionVerdict | "pending", { text: string; className: string }> = {
  reproduced: { text: "✓ reproduced", className: "text-ok" },
  met: { text: "✓ precondition met", className: "text-ok" },
  "not-met": { text: "✗ precondition not met", className: "text-ink-2" },
  "not-reproduced": { text: "✗ not reproduced", className: "text-danger" },
  inconclusive: { text: "? inconclusive", className: "text-ink-3" },
  pending: { text: "… pending", className: "text-ink-3" },
};

export function ObservablesTable({
  title,
  observables,
  tolerances,
  measured,
  predicted,
  done,
  seed,
  defaultSeeds,
}: {
  /** The experiment's title: each table's region on a page needs its own name. */
  title: string;
  observables: ObservableSpec[];
  tolerances: Record<string, Tolerance>;
  measured: Record<string, number>;
  predicted: Record<string, number>;
  done: boolean;
  seed: number;
  defaultSeeds: number[];
}) {
  const results = judgeAll(
    observables.map((o) => ({ ...o, tolerance: tolerances[o.key] ?? o.tolerance })),
    (key) => [measured[key] ?? NaN],
    (key) => predicted[key] ?? NaN,
  );
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`Measured against theory: ${title}`}>
      {/* Fixed column widths: cells filling in while training must not move the columns.
          Cell padding and rules come from demo.css. */}
      <table className="w-full min-w-[43.5rem] table-fixed text-left text-sm" data-testid="demo-observables">
        <caption className="caption-bottom pt-2 text-left text-xs text-ink-3">
          Live verdict for seed {seed}. A reproducibility check reduces seeds {defaultSeeds.join(", ")} to one statistic first.
        </caption>
        <thead className="text-xs text-ink-2">
          <tr>
            <th scope="col" className="font-medium">Observable</th>
            <th scope="col" className="w-22 font-medium">Measured</th>
            <th scope="col" className="w-22 font-medium">Predicted</th>
            <th scope="col" className="w-32 font-medium">Tolerance</th>
            <th scope="col" className="w-48 font-medium">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {observables.map((o, i) => {
            const tolerance = results[i].tolerance;
            const value = measured[o.key] ?? NaN;
            const result = results[i];
            const pending = !done && !Number.isFinite(value);
            const verdict = pending ? verdictStyle.pending : verdictStyle[result.verdict];
            return (
              <tr key={o.key} data-observable={o.key}>
                <th scope="row" className="font-normal text-ink" title={o.description}>
                  {o.label}
                </th>
                <td className="font-mono tabular-nums">{formatNumber(value)}</td>
                <td className="font-mono tabular-nums">{formatNumber(result.predicted)}</td>
                <td className="font-mono">{describeTolerance(tolerance)}</td>
                <td className={`whitespace-nowrap font-medium ${verdict.className}`} data-verdict>
                  {verdict.text}
                  {!done && !pending && <span className="font-normal text-ink-3"> so far</span>}
                  {!pending && result.reason && <span className="block whitespace-normal text-xs font-normal text-ink-3">{result.reason}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
