import "server-only";
// Flags: any member may flag someone else's post once, with a reason. The first flag puts the post
// in the review queue; when flags from members in good standing reach `flagsToHide`, the post is
// hidden until a moderator decides. A flag from a new or silenced account still reaches the
// queue but does not count toward hiding, so a handful of fresh accounts cannot silence anyone.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client.server";
import { conflict, notFound, type Result } from "@/lib/errors";
import { authorize, maySpeak } from "@/lib/policy";
import type { Viewer } from "@/lib/auth/session-user";
import type { FlagReason } from "@/lib/generated/prisma/enums";
import { writeTransaction } from "@/lib/forum/transaction.server";
import { z } from "@/lib/zod";
import { openReviewItem } from "./review-queue.server";
import { HIDDEN_BY_FLAGS } from "./labels";
import { trust } from "./trust-settings.server";

export const FLAG_REASONS = { "off-topic": "OFF_TOPIC", inappropriate: "INAPPROPRIATE", spam: "SPAM", other: "OTHER" } as const satisfies Record<string, FlagReason>;
export const FLAG_LABELS: Record<FlagReason, string> = { OFF_TOPIC: "off-topic", INAPPROPRIATE: "inappropriate", SPAM: "spam", OTHER: "something else" };

export const flagSchema = z
  .object({
    reason: z.enum(Object.keys(FLAG_REASONS) as [keyof typeof FLAG_REASONS], { error: "Choose off-topic, inappropriate, spam or other." }),
    note: z.string().trim().max(500, { error: "At most 500 characters." }).optional(),
  })
  .refine((f) => f.reason !== "other" || (f.note?.length ?? 0) >= 3, { path: ["note"], error: "Say what is wrong when the reason is “other”." });
export type FlagInput = z.output<typeof flagSchema>;

/** In good standing: past the new-account period and not silenced. */
function inGoodStanding(viewer: Viewer, now: Date): boolean {
  return maySpeak(viewer, now) && now.getTime() - viewer.joinedAt.getTime() >= trust.newAccountHours * 3600 * 1000;
}

export async function flagPost(viewer: Viewer, postId: string, input: FlagInput, now = new Date()): Promise<Result<{ hidden: boolean }>> {
  const post = await db().post.findUnique({ where: { id: postId }, select: { authorId: true, deletedAt: true, hiddenAt: true } });
  if (!post || post.deletedAt) return notFound("No such post.");
  const refused = authorize(viewer, "post.flag", { authorId: post.authorId });
  if (refused) return refused;
  const reason = FLAG_REASONS[input.reason];
  const counted = inGoodStanding(viewer, now);
  return writeTransaction(async (tx) => {
    // ON CONFLICT: two clicks at once must not abort the transaction with a unique violation.
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "Flag" ("id", "postId", "reporterId", "reason", "note", "counted")
      VALUES (${randomUUID()}, ${postId}, ${viewer.id}, ${reason}::"FlagReason", ${input.note || null}, ${counted})
      ON CONFLICT ("postId", "reporterId") DO NOTHING RETURNING "id"`;
    if (inserted.length === 0) return conflict({ reason: ["You have already flagged this post."] });
    await openReviewItem(tx, { kind: "FLAGGED_POST", subjectId: postId, because: FLAG_LABELS[reason] + (input.note ? `: ${input.note}` : "") });
    const weight = await tx.flag.count({ where: { postId, resolvedAt: null, counted: true } });
    const hide = !post.hiddenAt && weight >= trust.flagsToHide;
    if (hide) await tx.post.update({ where: { id: postId }, data: { hiddenAt: now, hiddenReason: HIDDEN_BY_FLAGS } });
    return { ok: true as const, hidden: hide || !!post.hiddenAt };
  });
}
