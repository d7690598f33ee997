// Turns recorded events into notifications, one row per member told. Each event is one set-based
// INSERT … SELECT: the members it addresses directly, plus everyone WATCHING its subject, its
// parent or one of its tags, each judged by their most specific watch level (subject, then parent,
// then tags), less its actor and suspended members. Events are claimed with FOR UPDATE SKIP
// LOCKED and marked fanned out in the same transaction, and the insert is ON CONFLICT DO NOTHING
// on (eventId, userId), so a round run twice, or by two processes at once, tells each member once.
//
// The entry point is one function, fanOutPendingEvents(): the causing request schedules it with
// afterResponse, and the launcher's notification loop runs it for anything left over.
import { db } from "@/lib/db/client.server";
import { Prisma } from "@/lib/generated/prisma/client";
import { readEnv } from "@/lib/env.server";

type Tx = Prisma.TransactionClient;

/** Kinds batched into one unread notification per member and source ("3 people reacted"). */
const BATCHED_KINDS = new Set(["forum.reaction"]);
/** Events fanned out per transaction: short transactions keep the embedded database's one connection moving. */
const EVENTS_PER_ROUND = 20;

export const mailDelaySeconds = () => readEnv().NOTIFICATION_MAIL_DELAY_SECONDS ?? 600;

/** Fans out every event still waiting; returns how many events and notification rows it handled. */
export async function fanOutPendingEvents(): Promise<{ events: number; notifications: number }> {
  const total = { events: 0, notifications: 0 };
  for (;;) {
    const round = await db().$transaction(async (tx) => {
      const claimed = await tx.$queryRaw<{ id: string; kind: string }[]>`
        SELECT "id", "kind" FROM "Event" WHERE "fannedOutAt" IS NULL
        ORDER BY "createdAt" LIMIT ${EVENTS_PER_ROUND} FOR UPDATE SKIP LOCKED`;
      let notifications = 0;
      for (const event of claimed) notifications += await fanOutEvent(tx, event.id, BATCHED_KINDS.has(event.kind));
      if (claimed.length > 0) await tx.$executeRaw`UPDATE "Event" SET "fannedOutAt" = now() WHERE "id" = ANY(${claimed.map((e) => e.id)}::text[])`;
      return { events: claimed.length, notifications };
    });
    total.events += round.events;
    total.notifications += round.notifications;
    if (round.events < EVENTS_PER_ROUND) return total;
  }
}

function fanOutEvent(tx: Tx, eventId: string, batched: boolean): Promise<number> {
  // Watchers are told of posts, not of reactions: a batched kind goes to those it addresses only.
  const watchers = batched
    ? Prisma.empty
    : Prisma.sql`UNION ALL
        SELECT w."userId", 'watching' FROM "Watch" w, e
        WHERE w."level" = 'WATCHING' AND (
          (w."subjectType" = e."subjectType" AND w."subjectId" = e."subjectId")
          OR (w."subjectType" = e."parentType" AND w."subjectId" = e."parentId")
          OR (w."subjectType" = 'tag' AND w."subjectId" = ANY (e."tags")))`;
  const onConflict = batched
    ? Prisma.sql`ON CONFLICT ("userId", "batchKey") WHERE "batchKey" IS NOT NULL AND "readAt" IS NULL
        DO UPDATE SET "actorIds" = (SELECT array_agg(DISTINCT a) FROM unnest("Notification"."actorIds" || EXCLUDED."actorIds") a),
                      "eventId" = EXCLUDED."eventId", "createdAt" = EXCLUDED."createdAt"`
    : Prisma.sql`ON CONFLICT ("eventId", "userId") DO NOTHING`;
  return tx.$executeRaw`
    WITH e AS (SELECT * FROM "Event" WHERE "id" = ${eventId}),
    candidate AS (
      SELECT r AS "userId", 'direct' AS "reason" FROM e, unnest(e."recipientIds") AS r
      ${watchers}
    ),
    -- One row per member; being addressed directly ('direct') outranks watching.
    chosen AS (SELECT DISTINCT ON ("userId") "userId", "reason" FROM candidate ORDER BY "userId", "reason"),
    -- The most specific level decides: the subject's, else the parent's, else the tags' (a muted tag wins there).
    judged AS (
      SELECT c."userId", c."reason", COALESCE(
        (SELECT w."level" FROM "Watch" w WHERE w."userId" = c."userId" AND w."subjectType" = e."subjectType" AND w."subjectId" = e."subjectId"),
        (SELECT w."level" FROM "Watch" w WHERE w."userId" = c."userId" AND w."subjectType" = e."parentType" AND w."subjectId" = e."parentId"),
        (SELECT max(w."level") FROM "Watch" w WHERE w."userId" = c."userId" AND w."subjectType" = 'tag' AND w."subjectId" = ANY (e."tags"))
      ) AS "level"
      FROM chosen c, e
    )
    INSERT INTO "Notification" ("id", "userId", "eventId", "reason", "batchKey", "actorIds", "createdAt", "emailDueAt")
    SELECT gen_random_uuid()::text, j."userId", e."id", j."reason",
           ${batched ? Prisma.sql`e."kind" || ':' || COALESCE(e."sourceKey", e."subjectType" || ':' || e."subjectId")` : Prisma.sql`NULL`},
           CASE WHEN e."actorId" IS NULL THEN ARRAY[]::text[] ELSE ARRAY[e."actorId"] END,
           e."createdAt", -- when it happened, not when it was fanned out: the inbox's order
           CASE WHEN ${!batched} AND j."reason" = 'direct' AND u."emailNotifications" = 'IMMEDIATE' AND u."emailVerifiedAt" IS NOT NULL AND u."email" IS NOT NULL
                THEN now() + make_interval(secs => ${mailDelaySeconds()}) END
    FROM judged j CROSS JOIN e JOIN "User" u ON u."id" = j."userId"
    WHERE j."userId" IS DISTINCT FROM e."actorId"
      AND (u."suspendedUntil" IS NULL OR u."suspendedUntil" <= now())
      AND CASE j."reason" WHEN 'direct' THEN j."level" IS DISTINCT FROM 'MUTED' ELSE j."level" = 'WATCHING' END
    ${onConflict}`;
}
