import "server-only";
// Watch levels: how closely a member follows a thread, category, problem, direction or result.
// The default (no row) is "told only of what addresses me"; WATCHING, TRACKING and MUTED are rows.
import { Prisma } from "@/lib/generated/prisma/client";
import type { WatchLevel } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client.server";
import type { Subject } from "./events.server";

type Writer = Pick<Prisma.TransactionClient, "watch">;
type Tx = Pick<Prisma.TransactionClient, "$executeRaw">;

/** Sets the member's level on the subject; null returns to the default. Idempotent. */
export async function setWatch(userId: string, subject: Subject, level: WatchLevel | null, writer: Writer = db()): Promise<void> {
  const key = { userId, subjectType: subject.type, subjectId: subject.id };
  if (level === null) {
    await writer.watch.deleteMany({ where: key });
    return;
  }
  await writer.watch.upsert({ where: { userId_subjectType_subjectId: key }, create: { ...key, level }, update: { level } });
}

export async function watchLevel(userId: string, subject: Subject): Promise<WatchLevel | null> {
  const row = await db().watch.findUnique({ where: { userId_subjectType_subjectId: { userId, subjectType: subject.type, subjectId: subject.id } }, select: { level: true } });
  return row?.level ?? null;
}

/** How many members watch the subject (WATCHING), as shown on its page. */
export function watcherCount(subject: Subject): Promise<number> {
  return db().watch.count({ where: { subjectType: subject.type, subjectId: subject.id, level: "WATCHING" } });
}

/**
 * For the forum, in the transaction that creates a thread or a reply: sets the member's chosen
 * default level (account page: "when I start a thread" / "when I reply") on the thread, unless
 * they already chose a level for it, which is never overridden.
 */
export async function applyDefaultWatch(tx: Tx, userId: string, subject: Subject, reason: "created" | "replied"): Promise<void> {
  const column = reason === "created" ? Prisma.sql`"watchOnCreate"` : Prisma.sql`"watchOnReply"`;
  await tx.$executeRaw`
    INSERT INTO "Watch" ("userId", "subjectType", "subjectId", "level", "updatedAt")
    SELECT "id", ${subject.type}, ${subject.id}, ${column}, now() FROM "User" WHERE "id" = ${userId} AND ${column} IS NOT NULL
    ON CONFLICT ("userId", "subjectType", "subjectId") DO NOTHING`;
}
