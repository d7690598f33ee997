import "server-only";
// Status changes: a member proposes one with evidence (it waits in the review queue), a moderator
// accepts or rejects it there, or changes the status directly (audited). An accepted change moves
// the status, joins the timeline and is recorded as a "problem.status" event for watchers.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer.server";
import { db } from "@/lib/db/client.server";
import { invalid, notFound, type Result } from "@/lib/errors";
import { recordAudit } from "@/lib/moderation/audit.server";
import { openReviewItem } from "@/lib/moderation/review-queue.server";
import { recordEvent } from "@/lib/notifications/events.server";
import { authorize } from "@/lib/policy";
import type { StatusChangeInput } from "./schemas";
import { checkTransition, statusLabels, type ProblemStatus } from "./status";
import { problemParent, problemSubject, problemUrl } from "./subjects";
import { inTransaction } from "./transaction.server";

type Tx = Prisma.TransactionClient;
const actorOf = (viewer: Viewer) => ({ id: viewer.id, name: viewer.name });

/** Proposes a change (members), or, with `direct`, makes it (moderators). */
export async function submitStatusChange(viewer: Viewer, problemId: string, input: StatusChangeInput): Promise<Result<{ change: { id: string; state: string } }>> {
  const refused = authorize(viewer, input.direct ? "problem.change-status" : "problem.propose");
  if (refused) return refused;
  return inTransaction(async (tx) => {
    const problem = await tx.problemState.findUnique({ where: { id: problemId }, select: { id: true, kind: true, title: true, status: true, directionId: true } });
    if (!problem) return notFound("No such problem.");
    const wrong = checkTransition(problem.status, input.to, input.evidence);
    if (wrong) return invalid({ [wrong.field]: [wrong.message] });
    const change = await tx.statusChange.create({
      data: { problemId, fromStatus: problem.status, toStatus: input.to, reason: input.reason, evidence: input.evidence, direct: input.direct, proposerId: viewer.id, proposerName: viewer.name },
      select: { id: true },
    });
    if (!input.direct) {
      await openReviewItem(tx, { kind: "PROBLEM_STATUS", subjectId: change.id, because: `${statusLabels[problem.status]} → ${statusLabels[input.to]}: ${input.reason}` });
      return { ok: true, change: { id: change.id, state: "PROPOSED" } };
    }
    await applyStatusChange(tx, change.id, problem, input.to, viewer, null);
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: "problem.set-status",
      target: { type: "problem", id: problemId, label: problem.title },
      reason: input.reason,
      data: { from: problem.status, to: input.to, evidence: input.evidence, changeId: change.id },
    });
    return { ok: true, change: { id: change.id, state: "ACCEPTED" } };
  });
}

/**
 * Accepts a proposed change: checked again against the status as it is now (another change may
 * have been accepted since it was proposed), then applied. Call after winning the review item.
 */
export async function acceptStatusChange(tx: Tx, changeId: string, decider: Viewer, reason: string | null): Promise<Result<object>> {
  const change = await tx.statusChange.findUnique({ where: { id: changeId }, select: { problemId: true, toStatus: true, evidence: true, state: true } });
  if (!change || change.state !== "PROPOSED") return notFound("No such proposed status change.");
  const problem = await tx.problemState.findUniqueOrThrow({ where: { id: change.problemId }, select: { id: true, kind: true, title: true, status: true, directionId: true } });
  const wrong = checkTransition(problem.status, change.toStatus, change.evidence as { kind: "paper" | "post" | "result" }[]);
  if (wrong) return invalid({ form: [`This change no longer applies: ${wrong.message} Reject it with that reason.`] });
  await applyStatusChange(tx, changeId, problem, change.toStatus, decider, reason);
  return { ok: true };
}

export async function rejectStatusChange(tx: Tx, changeId: string, decider: Viewer, reason: string): Promise<Result<object>> {
  const updated = await tx.statusChange.updateMany({
    where: { id: changeId, state: "PROPOSED" },
    data: { state: "REJECTED", deciderId: decider.id, deciderName: decider.name, decisionReason: reason, decidedAt: new Date() },
  });
  return updated.count === 1 ? { ok: true } : notFound("No such proposed status change.");
}

async function applyStatusChange(
  tx: Tx,
  changeId: string,
  problem: { id: string; kind: string; title: string; status: ProblemStatus; directionId: string | null },
  to: ProblemStatus,
  decider: Viewer,
  reason: string | null,
): Promise<void> {
  const now = new Date();
  const change = await tx.statusChange.update({
    where: { id: changeId },
    data: { state: "ACCEPTED", fromStatus: problem.status, deciderId: decider.id, deciderName: decider.name, decisionReason: reason, decidedAt: now },
    select: { reason: true, proposerId: true },
  });
  await tx.problemState.update({ where: { id: problem.id }, data: { status: to, activityAt: now } });
  await recordEvent(tx, {
    kind: "problem.status",
    actorId: decider.id,
    subject: problemSubject(problem),
    parent: problemParent(problem),
    url: `${problemUrl(problem.id)}#change-${changeId}`,
    title: `${problem.title}: ${statusLabels[problem.status]} → ${statusLabels[to]}`,
    excerpt: change.reason,
    recipients: change.proposerId ? [change.proposerId] : [],
    dedupeKey: `problem.status:${changeId}`,
  });
}

/** The accepted changes of a problem, newest first: its timeline. */
export function statusTimeline(problemId: string) {
  return db().statusChange.findMany({
    where: { problemId, state: "ACCEPTED" },
    orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
    select: { id: true, fromStatus: true, toStatus: true, reason: true, evidence: true, direct: true, proposerName: true, deciderName: true, decisionReason: true, createdAt: true, decidedAt: true },
  });
}
