// The status state machine of an open problem: which changes are allowed, and what evidence each
// needs. Pure, so the services, the forms and the tests read the same rules.

export const problemStatuses = ["OPEN", "PARTIAL_PROGRESS", "PARTIALLY_RESOLVED", "RESOLVED", "NEEDS_RESTATEMENT"] as const;
export type ProblemStatus = (typeof problemStatuses)[number];

export const statusLabels: Record<ProblemStatus, string> = {
  OPEN: "Open",
  PARTIAL_PROGRESS: "Partial progress",
  PARTIALLY_RESOLVED: "Partially resolved",
  RESOLVED: "Resolved",
  NEEDS_RESTATEMENT: "Needs restatement",
};

/**
 * Allowed next statuses. A resolution that turns out flawed reopens the problem (or leaves part of
 * it resolved), it does not fall back to "partial progress"; a problem that needs restatement is
 * reopened once restated, and nothing else happens to it until then. Staying put is not a change.
 */
export const transitions: Record<ProblemStatus, readonly ProblemStatus[]> = {
  OPEN: ["PARTIAL_PROGRESS", "PARTIALLY_RESOLVED", "RESOLVED", "NEEDS_RESTATEMENT"],
  PARTIAL_PROGRESS: ["OPEN", "PARTIALLY_RESOLVED", "RESOLVED", "NEEDS_RESTATEMENT"],
  PARTIALLY_RESOLVED: ["OPEN", "PARTIAL_PROGRESS", "RESOLVED", "NEEDS_RESTATEMENT"],
  RESOLVED: ["OPEN", "PARTIALLY_RESOLVED", "NEEDS_RESTATEMENT"],
  NEEDS_RESTATEMENT: ["OPEN"],
};

export type EvidenceKind = "paper" | "post" | "result";

/** A claim of (partial) resolution rests on a paper or a verified result; a forum post alone is not enough. */
const resolutionEvidence: readonly EvidenceKind[] = ["paper", "result"];
const needsResolutionEvidence: readonly ProblemStatus[] = ["PARTIALLY_RESOLVED", "RESOLVED"];

export function isProblemStatus(value: unknown): value is ProblemStatus {
  return typeof value === "string" && (problemStatuses as readonly string[]).includes(value);
}

/** null when the change is allowed with this evidence; otherwise why not (a field message). */
export function checkTransition(from: ProblemStatus, to: ProblemStatus, evidence: readonly { kind: EvidenceKind }[]): { field: "to" | "evidence"; message: string } | null {
  if (from === to) return { field: "to", message: `The problem is already ${statusLabels[to].toLowerCase()}.` };
  if (!transitions[from].includes(to)) {
    return { field: "to", message: `A problem that is ${statusLabels[from].toLowerCase()} cannot become ${statusLabels[to].toLowerCase()}; it can become ${transitions[from].map((s) => statusLabels[s].toLowerCase()).join(", ")}.` };
  }
  if (evidence.length === 0) return { field: "evidence", message: "Give at least one piece of evidence: a paper, a forum post or a verified result." };
  if (needsResolutionEvidence.includes(to) && !evidence.some((e) => resolutionEvidence.includes(e.kind))) {
    return { field: "evidence", message: `Marking a problem ${statusLabels[to].toLowerCase()} needs a paper or a verified result among the evidence, not only forum posts.` };
  }
  return null;
}
