import "server-only";
// The tracker's side of the moderators' review queue: the open PROBLEM_* items with what a
// moderator needs to decide them, and the decision itself. decideReviewItem comes first in the
// transaction, so of two moderators deciding one item exactly one wins (the other gets 409), and
// a decision that cannot apply rolls back with the item still open.
import type { ProblemEdit, ProblemProposal, StatusChange } from "@/lib/generated/prisma/client";
import type { ProblemStatus, ReviewKind } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer.server";
import { db } from "@/lib/db/client.server";
import { invalid, notFound, type Result } from "@/lib/errors";
import { recordAudit } from "@/lib/moderation/audit.server";
import { decideReviewItem, listOpenReviewItems } from "@/lib/moderation/review-queue.server";
import { authorize } from "@/lib/policy";
import { acceptEdit, cookEdit, editDiff, rejectEdit, type FieldDiff } from "./edits.server";
import { approveProposal, mergeProposal, rejectProposal } from "./proposals.server";
import type { ReviewDecisionInput } from "./schemas";
import { acceptStatusChange, rejectStatusChange } from "./status-changes.server";
import { inTransaction } from "./transaction.server";

export const problemReviewKinds: ReviewKind[] = ["PROBLEM_STATUS", "PROBLEM_PROPOSAL", "PROBLEM_EDIT"];

const auditNoun: Record<string, string> = { PROBLEM_STATUS: "status", PROBLEM_PROPOSAL: "proposal", PROBLEM_EDIT: "edit" };

export async function decideProblemReview(viewer: Viewer, itemId: string, input: ReviewDecisionInput): Promise<Result<{ decision: string; problemId?: string }>> {
  const refused = authorize(viewer, "problem.review");
  if (refused) return refused;
  const item = await db().reviewItem.findUnique({ where: { id: itemId }, select: { kind: true, subjectId: true } });
  if (!item || !problemReviewKinds.includes(item.kind)) return notFound("No such item in the review queue.");
  if (input.decision === "merge" && item.kind !== "PROBLEM_PROPOSAL") return invalid({ decision: ["Only a proposed question can be merged into a problem."] });
  const cooked = item.kind === "PROBLEM_EDIT" && input.decision === "accept" ? await cookEdit(item.subjectId) : null;
  const reason = input.reason?.trim() || null;

  return inTransaction(async (tx) => {
    const decided = await decideReviewItem(tx, { itemId, actor: { id: viewer.id, name: viewer.name }, decision: input.decision, reason });
    if ("ok" in decided) return decided;
    const id = decided.subjectId;
    let outcome: Result<{ problemId?: string }>;
    if (item.kind === "PROBLEM_STATUS") {
      outcome = input.decision === "accept" ? await acceptStatusChange(tx, id, viewer, reason) : await rejectStatusChange(tx, id, viewer, reason!);
    } else if (item.kind === "PROBLEM_EDIT") {
      outcome = input.decision === "accept" ? (cooked ? await acceptEdit(tx, id, viewer, reason, cooked) : notFound("No such proposed edit.")) : await rejectEdit(tx, id, viewer, reason!);
    } else {
      outcome =
        input.decision === "accept" ? await approveProposal(tx, id, viewer, reason) : input.decision === "merge" ? await mergeProposal(tx, id, input.into, viewer, reason) : await rejectProposal(tx, id, viewer, reason!);
    }
    if (!outcome.ok) return outcome;
    const label = await subjectLabel(tx, item.kind, id);
    await recordAudit(tx, {
      actor: { id: viewer.id, name: viewer.name },
      action: `problem.${auditNoun[item.kind]}-${input.decision}`,
      target: { type: item.kind === "PROBLEM_PROPOSAL" ? "problem-proposal" : "problem", id: label.id, label: label.title },
      reason,
      data: { reviewItemId: itemId, subjectId: id, ...(input.decision === "merge" && { into: input.into }) },
    });
    return { ok: true, decision: input.decision, problemId: outcome.problemId };
  });
}

async function subjectLabel(tx: Parameters<Parameters<typeof inTransaction>[0]>[0], kind: ReviewKind, id: string): Promise<{ id: string; title: string }> {
  if (kind === "PROBLEM_PROPOSAL") {
    const p = await tx.problemProposal.findUniqueOrThrow({ where: { id }, select: { slug: true, title: true } });
    return { id: p.slug, title: p.title };
  }
  const row = kind === "PROBLEM_STATUS" ? await tx.statusChange.findUniqueOrThrow({ where: { id }, select: { problem: { select: { id: true, title: true } } } }) : await tx.problemEdit.findUniqueOrThrow({ where: { id }, select: { problem: { select: { id: true, title: true } } } });
  return row.problem;
}

type Base = { itemId: string; openedAt: Date };
export type ProblemReviewEntry =
  | (Base & { kind: "status"; change: StatusChange & { problem: { id: string; title: string; status: ProblemStatus } } })
  | (Base & { kind: "proposal"; proposal: ProblemProposal })
  | (Base & { kind: "edit"; edit: ProblemEdit & { problem: { id: string; title: string } }; diffs: FieldDiff[] });

/** Open PROBLEM_* items, oldest first, each with its subject for the moderators' page. */
export async function problemReviewQueue() {
  const { items } = await listOpenReviewItems({ kinds: problemReviewKinds, limit: 100 });
  const ids = (kind: ReviewKind) => items.filter((i) => i.kind === kind).map((i) => i.subjectId);
  const [changes, proposals, edits] = await Promise.all([
    db().statusChange.findMany({ where: { id: { in: ids("PROBLEM_STATUS") } }, include: { problem: { select: { id: true, title: true, status: true } } } }),
    db().problemProposal.findMany({ where: { id: { in: ids("PROBLEM_PROPOSAL") } } }),
    db().problemEdit.findMany({ where: { id: { in: ids("PROBLEM_EDIT") } }, include: { problem: { select: { id: true, title: true } } } }),
  ]);
  const diffs = new Map(await Promise.all(edits.map(async (e) => [e.id, await editDiff(e.id)] as const)));
  return items.flatMap((item): ProblemReviewEntry[] => {
    const base = { itemId: item.id, openedAt: item.openedAt };
    if (item.kind === "PROBLEM_STATUS") {
      const change = changes.find((c) => c.id === item.subjectId);
      return change ? [{ ...base, kind: "status", change }] : [];
    }
    if (item.kind === "PROBLEM_PROPOSAL") {
      const proposal = proposals.find((p) => p.id === item.subjectId);
      return proposal ? [{ ...base, kind: "proposal", proposal }] : [];
    }
    const edit = edits.find((e) => e.id === item.subjectId);
    return edit ? [{ ...base, kind: "edit", edit, diffs: diffs.get(edit.id) ?? [] }] : [];
  });
}
