import { EvidenceList } from "@/components/problems/evidence-list";
import { WordDiffView } from "@/components/ui/word-diff-view";
import type { Evidence } from "@/lib/problems/schemas";
import type { ProblemReviewEntry } from "@/lib/problems/review.server";
import { statusLabels } from "@/lib/problems/status";
import { ProblemDecisionForm } from "./problem-decision-form";

/** The open-problems part of the moderators' queue: status changes, proposed questions and edits, oldest first. */
export function ProblemReview({ entries }: { entries: ProblemReviewEntry[] }) {
  return (
    <section aria-labelledby="problem-review">
      <h2 id="problem-review" className="mb-4 text-xl font-semibold">
        Open problems: proposals, edits and status changes
      </h2>
      {entries.length === 0 ? (
        <p className="text-ink-2">Nothing waits for a decision.</p>
      ) : (
        <ol className="flex flex-col gap-6">
          {entries.map((e) => (
            <li key={e.itemId} className="rounded-md border border-rule p-4" data-testid="problem-review-item">
              <Entry entry={e} />
              <div className="mt-4">
                <ProblemDecisionForm itemId={e.itemId} canMerge={e.kind === "proposal"} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Entry({ entry: e }: { entry: ProblemReviewEntry }) {
  if (e.kind === "status") {
    return (
      <div className="flex flex-col gap-2">
        <h3 className="font-semibold text-ink">
          Status change: <a href={`/problems/${e.change.problem.id}`}>{e.change.problem.title}</a>
        </h3>
        <p className="text-sm">
          {statusLabels[e.change.fromStatus]} → {statusLabels[e.change.toStatus]} (now {statusLabels[e.change.problem.status].toLowerCase()}), proposed by {e.change.proposerName}
        </p>
        <p className="text-sm text-ink-2">{e.change.reason}</p>
        <EvidenceList evidence={e.change.evidence as Evidence[]} />
      </div>
    );
  }
  if (e.kind === "proposal") {
    const p = e.proposal;
    return (
      <div className="flex flex-col gap-2">
        <h3 className="font-semibold text-ink">New question: {p.title}</h3>
        <p className="text-sm text-ink-2">
          Id <code>{p.slug}</code> under <a href={`/problems/${p.directionId}`}>{p.directionId}</a>, proposed by {p.proposerName}
        </p>
        {[
          ["Statement", p.statementHtml],
          ["Motivation", p.motivationHtml],
          ["What would count as resolving it", p.criterionHtml],
        ].map(([label, html]) => (
          <div key={label}>
            <p className="text-xs font-medium text-ink-2">{label}</p>
            <div className="prose-lmh text-sm" dangerouslySetInnerHTML={{ __html: html! }} />
          </div>
        ))}
        {p.references.length > 0 && <p className="break-all text-sm text-ink-2">References: {p.references.join(", ")}</p>}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <h3 className="font-semibold text-ink">
        Edit: <a href={`/problems/${e.edit.problem.id}`}>{e.edit.problem.title}</a>
      </h3>
      <p className="text-sm text-ink-2">
        By {e.edit.proposerName}, against revision {e.edit.baseRevision}: {e.edit.summary}
      </p>
      {e.diffs.map((d) => (
        <div key={d.field}>
          <p className="text-xs font-medium text-ink-2">{d.field}</p>
          <WordDiffView parts={d.parts} />
        </div>
      ))}
    </div>
  );
}
