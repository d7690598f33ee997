import { formatDay } from "@/lib/content/dates";
import type { Evidence } from "@/lib/problems/schemas";
import { statusLabels, type ProblemStatus } from "@/lib/problems/status";
import { EvidenceList } from "./evidence-list";

export interface TimelineEntry {
  id: string;
  fromStatus: ProblemStatus;
  toStatus: ProblemStatus;
  reason: string;
  evidence: unknown;
  direct: boolean;
  proposerName: string;
  deciderName: string | null;
  decisionReason: string | null;
  decidedAt: Date | null;
}

/** A problem's accepted status changes, newest first, each with its reason, evidence and who decided. */
export function StatusTimeline({ entries, since }: { entries: TimelineEntry[]; since: Date }) {
  return (
    <ol className="flex flex-col gap-4 border-l border-rule pl-4">
      {entries.map((c) => (
        <li key={c.id} id={`change-${c.id}`} className="flex flex-col gap-1">
          <p className="font-medium text-ink">
            {statusLabels[c.fromStatus]} → {statusLabels[c.toStatus]}{" "}
            <time className="text-sm font-normal text-ink-3" dateTime={c.decidedAt!.toISOString()}>
              {formatDay(c.decidedAt!.toISOString().slice(0, 10))}
            </time>
          </p>
          <p className="text-sm text-ink-2">{c.reason}</p>
          <EvidenceList evidence={c.evidence as Evidence[]} />
          <p className="text-xs text-ink-3">
            {c.direct ? `Changed by ${c.deciderName} (moderator)` : `Proposed by ${c.proposerName}, accepted by ${c.deciderName}`}
            {c.decisionReason && `: ${c.decisionReason}`}
          </p>
        </li>
      ))}
      <li className="text-sm text-ink-3">
        Listed as open since <time dateTime={since.toISOString()}>{formatDay(since.toISOString().slice(0, 10))}</time>.
      </li>
    </ol>
  );
}
