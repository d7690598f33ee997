import "server-only";
// Watch levels: how closely a member follows a thread, category, problem, direction or result.
// The default (no row) is "told only of what addresses me"; WATCHING, TRACKING and MUTED are rows.
import { Prisma } from "@/lib/generated/prisma/client";
import type { WatchLevel } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client.server";
import { z } from "@/lib/zod";
import { WATCHABLE_SUBJECT_TYPES, type Subject } from "./events.server";

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

const levels = ["WATCHING", "TRACKING", "NORMAL", "MUTED"] as const;
const LEVEL_ERROR = "Choose watching, tracking, normal or muted.";

export const watchChangeSchema = z.object({
  subject: z.object({
    type: z.enum(WATCHABLE_SUBJECT_TYPES, { error: `Only a ${WATCHABLE_SUBJECT_TYPES.join(", ")} can be watched.` }),
    id: z
      .string()
      .min(1, { error: "Name what to watch." })
      .max(200)
      .regex(/^[\w.:/-]+$/, { error: "Not a valid id." }),
  }),
  /** NORMAL removes the member's row: the default, told only of what addresses them. */
  level: z.enum(levels, { error: LEVEL_ERROR }),
});
export type WatchChange = z.output<typeof watchChangeSchema>;

export const changeWatch = (userId: string, { subject, level }: WatchChange) => setWatch(userId, subject, level === "NORMAL" ? null : level);

const defaultLevel = z.enum(["WATCHING", "TRACKING", "NORMAL"], { error: "Choose watching, tracking or normal." });
export const watchDefaultsSchema = z.object({ watchOnCreate: defaultLevel, watchOnReply: defaultLevel });
export type WatchDefaults = z.output<typeof watchDefaultsSchema>;

/** The account page's "when I start a thread / when I reply" levels. */
export async function setWatchDefaults(userId: string, { watchOnCreate, watchOnReply }: WatchDefaults): Promise<void> {
  const stored = (level: WatchDefaults["watchOnCreate"]) => (level === "NORMAL" ? null : level);
  await db().user.update({ where: { id: userId }, data: { watchOnCreate: stored(watchOnCreate), watchOnReply: stored(watchOnReply) } });
}
