import { statusLabels, type ProblemStatus } from "@/lib/problems/status";

const tone: Record<ProblemStatus, string> = {
  OPEN: "ring-rule text-ink-2",
  PARTIAL_PROGRESS: "ring-accent text-ink",
  PARTIALLY_RESOLVED: "ring-accent text-ink",
  RESOLVED: "ring-ok text-ok",
  NEEDS_RESTATEMENT: "ring-danger text-danger",
};

export function StatusBadge({ status }: { status: ProblemStatus }) {
  return <span className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${tone[status]}`}>{statusLabels[status]}</span>;
}
