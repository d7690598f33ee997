import "server-only";
// Per-member state around reading and writing: how far a member has read each thread, unsent
// composer drafts, and handle autocomplete for @mentions.
import { db } from "@/lib/db/client.server";
import { notFound, type Result } from "@/lib/errors";

/** Moves the member's read mark forward (never back: an old tab does not un-read newer posts). */
export async function markRead(userId: string, threadId: string, lastReadNumber: number): Promise<Result<{ lastReadNumber: number }>> {
  const thread = await db().thread.findFirst({ where: { id: threadId, hiddenAt: null }, select: { postCount: true } });
  if (!thread) return notFound("No such thread.");
  const upTo = Math.min(lastReadNumber, thread.postCount);
  const [row] = await db().$queryRaw<{ lastReadNumber: number }[]>`
    INSERT INTO "ThreadRead" ("userId", "threadId", "lastReadNumber", "updatedAt") VALUES (${userId}, ${threadId}, ${upTo}, now())
    ON CONFLICT ("userId", "threadId") DO UPDATE SET "lastReadNumber" = GREATEST("ThreadRead"."lastReadNumber", EXCLUDED."lastReadNumber"), "updatedAt" = now()
    RETURNING "lastReadNumber"`;
  return { ok: true, lastReadNumber: row!.lastReadNumber };
}

export async function readMark(userId: string, threadId: string): Promise<number> {
  return (await db().threadRead.findUnique({ where: { userId_threadId: { userId, threadId } }, select: { lastReadNumber: true } }))?.lastReadNumber ?? 0;
}

export async function getDraft(userId: string, key: string) {
  return db().draft.findUnique({ where: { userId_key: { userId, key } }, select: { key: true, title: true, body: true, updatedAt: true } });
}

export async function saveDraft(userId: string, draft: { key: string; title?: string; body: string }) {
  const data = { title: draft.title ?? null, body: draft.body };
  return db().draft.upsert({ where: { userId_key: { userId, key: draft.key } }, create: { userId, key: draft.key, ...data }, update: data, select: { key: true, updatedAt: true } });
}

export async function deleteDraft(userId: string, key: string) {
  await db().draft.deleteMany({ where: { userId, key } });
}

/** Members whose handle starts with, or whose name contains, what was typed after "@". */
export async function handleSuggestions(prefix: string) {
  const q = prefix.toLowerCase();
  return db().user.findMany({
    where: { OR: [{ handle: { startsWith: q } }, { name: { contains: prefix, mode: "insensitive" } }] },
    orderBy: { handle: "asc" },
    take: 8,
    select: { handle: true, name: true },
  });
}
