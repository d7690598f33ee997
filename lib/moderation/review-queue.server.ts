// The moderators' review queue. Domains open items of their kinds (a flagged post, a held post,
// a problem proposal…) and decide them in their own services, which apply the decision's effect
// in the same transaction as decideReviewItem. Opening is idempotent per subject (one open item
// per kind and subject, a partial unique index); deciding is a conditional write on the open
// state, so of two moderators acting on one item at once exactly one wins and the other is told.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewKind } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client.server";
import { type Failure, conflict, notFound } from "@/lib/errors";

type Tx = Pick<Prisma.TransactionClient, "reviewItem" | "$queryRaw">;

/** Opens an item for the subject, or returns the one already open (also when another request opens it at the same moment). */
export async function openReviewItem(tx: Tx, item: { kind: ReviewKind; subjectId: string; because: string }): Promise<{ id: string; created: boolean }> {
  // ON CONFLICT against the partial unique index, not a read then a write: a second request never
  // fails (which would abort its whole transaction), it finds the first one's item.
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "ReviewItem" ("id", "kind", "subjectId", "openedBecause")
    VALUES (${randomUUID()}, ${item.kind}::"ReviewKind", ${item.subjectId}, ${item.because})
    ON CONFLICT ("kind", "subjectId") WHERE "state" = 'OPEN' DO NOTHING
    RETURNING "id"`;
  if (inserted.length === 1) return { id: inserted[0]!.id, created: true };
  const existing = await tx.reviewItem.findFirstOrThrow({ where: { kind: item.kind, subjectId: item.subjectId, state: "OPEN" }, select: { id: true } });
  return { id: existing.id, created: false };
}

export interface Decision {
  itemId: string;
  actor: { id: string; name: string };
  decision: string;
  reason?: string | null;
}

/**
 * Marks an open item decided, or fails: not-found for no such item, conflict (409) naming who
 * decided first when another moderator got there before. Call it first in the transaction that
 * applies the decision, so a losing decision changes nothing.
 */
export async function decideReviewItem(tx: Tx, d: Decision): Promise<{ kind: ReviewKind; subjectId: string } | Failure> {
  const decided = await tx.reviewItem.updateManyAndReturn({
    where: { id: d.itemId, state: "OPEN" },
    data: { state: "DECIDED", decidedAt: new Date(), decidedById: d.actor.id, decidedByName: d.actor.name, decision: d.decision, decisionReason: d.reason ?? null },
    select: { kind: true, subjectId: true },
  });
  if (decided.length === 1) return decided[0]!;
  const item = await tx.reviewItem.findUnique({ where: { id: d.itemId }, select: { decidedByName: true, decision: true } });
  if (!item) return notFound("No such item in the review queue.");
  return conflict({ form: [`${item.decidedByName ?? "Another moderator"} already decided this item (${item.decision}). Reload the queue.`] });
}

/** Open items, oldest first (the queue is worked in order), optionally of some kinds. */
export async function listOpenReviewItems({ kinds, after, limit = 50 }: { kinds?: ReviewKind[]; after?: string; limit?: number }) {
  const cursor = after ? await db().reviewItem.findUnique({ where: { id: after }, select: { openedAt: true } }) : null;
  const rows = await db().reviewItem.findMany({
    where: { state: "OPEN", kind: kinds ? { in: kinds } : undefined, ...(cursor && { OR: [{ openedAt: { gt: cursor.openedAt } }, { openedAt: cursor.openedAt, id: { gt: after } }] }) },
    orderBy: [{ openedAt: "asc" }, { id: "asc" }],
    take: limit + 1,
  });
  return { items: rows.slice(0, limit), nextAfter: rows.length > limit ? rows[limit - 1]!.id : null };
}

export function openReviewCount(): Promise<number> {
  return db().reviewItem.count({ where: { state: "OPEN" } });
}
