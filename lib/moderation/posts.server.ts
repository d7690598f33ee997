import "server-only";
// Staff actions on posts: hide and restore directly, and decide flagged or held posts from the
// review queue (approve, hide, delete, or hide and suspend the author). Each action and its audit
// entry are one transaction; a queue decision is first a conditional write on the item, so of two
// moderators deciding at once the second is told (409) and changes nothing.
import type { Prisma } from "@/lib/generated/prisma/client";
import { invalid, notFound, type Result } from "@/lib/errors";
import { authorize } from "@/lib/policy";
import type { Viewer } from "@/lib/auth/session-user";
import { writeTransaction } from "@/lib/forum/transaction.server";
import { z } from "@/lib/zod";
import { recordAudit } from "./audit.server";
import { cancelPendingMailFor } from "@/lib/notifications/mail.server";
import { postSource, recordApprovedPostEvents } from "@/lib/forum/events.server";
import { decideReviewItem } from "./review-queue.server";
import { DELETED_BY_MODERATOR, HIDDEN_BY_FLAGS } from "./labels";
import { applyRestriction, MAX_RESTRICTION_DAYS, targetOf } from "./restrictions.server";

type Tx = Prisma.TransactionClient;

const reason = z.string({ error: "Say why: the log keeps it." }).trim().min(3, { error: "Say why: the log keeps it." }).max(500, { error: "At most 500 characters." });
export const hideSchema = z.object({ reason });
export const restoreSchema = z.object({ reason: z.string().trim().max(500, { error: "At most 500 characters." }).optional() });

export const postDecisionSchema = z.discriminatedUnion(
  "decision",
  [
    z.object({ decision: z.literal("approve"), reason: z.string().trim().max(500, { error: "At most 500 characters." }).optional() }),
    z.object({ decision: z.literal("hide"), reason }),
    z.object({ decision: z.literal("delete"), reason }),
    z.object({
      decision: z.literal("suspend"),
      reason,
      days: z.coerce.number({ error: "Give the number of days." }).int({ error: "Give a whole number of days." }).min(1, { error: "At least 1 day." }).max(MAX_RESTRICTION_DAYS, { error: `At most ${MAX_RESTRICTION_DAYS} days.` }),
    }),
  ],
  { error: "Choose approve, hide, delete or suspend." },
);
export type PostDecision = z.output<typeof postDecisionSchema>;

async function postFor(tx: Tx, postId: string) {
  return tx.post.findUnique({
    where: { id: postId },
    select: { id: true, number: true, authorId: true, hiddenAt: true, hiddenReason: true, heldAt: true, deletedAt: true, thread: { select: { id: true, title: true } } },
  });
}
type PostRow = NonNullable<Awaited<ReturnType<typeof postFor>>>;
const labelOf = (p: PostRow) => `#${p.number} in “${p.thread.title}”`;

export async function hidePost(actor: Viewer, postId: string, input: z.output<typeof hideSchema>, now = new Date()): Promise<Result<object>> {
  const refused = authorize(actor, "post.moderate");
  if (refused) return refused;
  return writeTransaction(async (tx) => {
    const post = await postFor(tx, postId);
    if (!post || post.deletedAt) return notFound("No such post.");
    if (post.hiddenAt) return invalid({ form: ["This post is already hidden."] });
    await tx.post.update({ where: { id: postId }, data: { hiddenAt: now, hiddenReason: input.reason } });
    await cancelPendingMailFor(tx, postSource(postId));
    await recordAudit(tx, { actor, action: "post.hide", target: { type: "post", id: postId, label: labelOf(post) }, reason: input.reason });
    return { ok: true as const };
  });
}

export async function restorePost(actor: Viewer, postId: string, input: z.output<typeof restoreSchema>): Promise<Result<object>> {
  const refused = authorize(actor, "post.moderate");
  if (refused) return refused;
  return writeTransaction(async (tx) => {
    const post = await postFor(tx, postId);
    if (!post || post.deletedAt) return notFound("No such post.");
    if (!post.hiddenAt) return invalid({ form: ["This post is not hidden."] });
    await tx.post.update({ where: { id: postId }, data: { hiddenAt: null, hiddenReason: null } });
    await recordAudit(tx, { actor, action: "post.restore", target: { type: "post", id: postId, label: labelOf(post) }, reason: input.reason || null });
    return { ok: true as const };
  });
}

/** Decides a FLAGGED_POST or HELD_POST item of the review queue. */
export async function decidePostReview(actor: Viewer, itemId: string, d: PostDecision, now = new Date()): Promise<Result<object>> {
  const refused = authorize(actor, "post.moderate");
  if (refused) return refused;
  return writeTransaction(async (tx) => {
    const item = await tx.reviewItem.findUnique({ where: { id: itemId }, select: { kind: true } });
    if (!item) return notFound("No such item in the review queue.");
    if (item.kind !== "FLAGGED_POST" && item.kind !== "HELD_POST") return invalid({ decision: ["This item is not about a post."] });
    const decided = await decideReviewItem(tx, { itemId, actor, decision: d.decision, reason: d.reason ?? null });
    if ("ok" in decided) return decided;
    const post = await postFor(tx, decided.subjectId);
    if (!post) return notFound("The post no longer exists.");
    const target = { type: "post", id: post.id, label: labelOf(post) };
    await tx.flag.updateMany({ where: { postId: post.id, resolvedAt: null }, data: { resolvedAt: now } });

    if (d.decision === "approve") {
      // Approval lifts what the queue did (held, or hidden by flags), not a moderator's own hiding.
      const hiddenByQueue = post.hiddenAt && post.hiddenReason === HIDDEN_BY_FLAGS;
      await tx.post.update({ where: { id: post.id }, data: { heldAt: null, ...(hiddenByQueue && { hiddenAt: null, hiddenReason: null }) } });
      // A held first post kept its new thread out of the lists (lib/forum/write.server.ts).
      if (item.kind === "HELD_POST" && post.number === 1) await tx.thread.update({ where: { id: post.thread.id }, data: { hiddenAt: null } });
      if (item.kind === "HELD_POST") await recordApprovedPostEvents(tx, post.id);
      await recordAudit(tx, { actor, action: item.kind === "HELD_POST" ? "post.approve" : "post.keep", target, reason: d.reason || null });
      return { ok: true as const };
    }
    const hiddenReason = d.decision === "delete" ? `${DELETED_BY_MODERATOR}: ${d.reason}` : d.reason;
    await tx.post.update({ where: { id: post.id }, data: { heldAt: null, hiddenAt: post.hiddenAt ?? now, hiddenReason, ...(d.decision === "delete" && { deletedAt: now }) } });
    // Nobody is mailed a post moderators took down.
    await cancelPendingMailFor(tx, postSource(post.id));
    await recordAudit(tx, { actor, action: d.decision === "delete" ? "post.delete" : "post.hide", target, reason: d.reason });
    if (d.decision === "suspend") {
      const author = post.authorId ? await targetOf(post.authorId, tx) : null;
      if (!author) return invalid({ decision: ["The post's author no longer has an account."] });
      const cannot = authorize(actor, "member.restrict", author);
      if (cannot) return cannot;
      await applyRestriction(tx, actor, author, { kind: "suspend", days: d.days, reason: d.reason }, now);
    }
    return { ok: true as const };
  });
}
