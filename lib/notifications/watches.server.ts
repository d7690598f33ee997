import "server-only";
// Watch levels: how closely a member follows a thread, category, problem, direction or result.
// The default (no row) is "told only of what addresses me"; WATCHING, TRACKING and MUTED are rows.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WatchLevel } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client.server";
import type { Subject } from "./events.server";

type Writer = Pick<Prisma.TransactionClient, "watch">;

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
