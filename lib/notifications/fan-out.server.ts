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
/**
 * Kinds told only to those they address: a mention or quote comes with the post's own
 * forum.thread / forum.reply event (or with an edit), which is what watchers hear of.
 */
const DIRECT_ONLY_KINDS = new Set(["forum.mention", "forum.quote", ...BATCHED_KINDS]);
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
      for (const event of claimed) notifications += await fanOutEvent(tx, event.id, BATCHED_KINDS.has(event.kind), !DIRECT_ONLY_KINDS.has(event.kind));
      if (claimed.length > 0) await tx.$executeRaw`UPDATE "Event" SET "fannedOutAt" = now() WHERE "id" = ANY(${claimed.map((e) => e.id)}::text[])`;
      return { events: claimed.length, notifications };
    });
    total.events += round.events;
    total.notifications += round.notifications;
    if (round.events < EVENTS_PER_ROUND) return total;
  }
}

function fanOutEvent(tx: Tx, eventId: string, batched: boolean, watchersToo: boolean): Promise<number> {
  const onConflict = batched
    ? Prisma.sql`ON CONFLICT ("userId", "batchKey") WHERE "batchKey" IS NOT NULL AND "readAt" IS NULL
        DO UPDATE SET "actorIds" = (SELECT array_agg(DISTINCT a) FROM unnest("Notification"."actorIds" || EXCLUDED."actorIds") a),
                      "eventId" = EXCLUDED."eventId", "createdAt" = EXCLUDED."createdAt"`
    : Prisma.sql`ON CONFLICT ("eventId", "userId") DO NOTHING`;
  // Every watch row that bears on the event is read in one index scan and grouped per member, and
  // the result is joined by hash or merge: no per-member subquery, so the plan stays linear in the
  // number of watchers even where the table's statistics are stale (PGlite runs no autovacuum).
  return tx.$executeRaw`
    WITH e AS (SELECT * FROM "Event" WHERE "id" = ${eventId}),
    levels AS (
      SELECT w."userId",
        max(w."level") FILTER (WHERE w."subjectType" = e."subjectType" AND w."subjectId" = e."subjectId") AS "onSubject",
        max(w."level") FILTER (WHERE w."subjectType" = e."parentType" AND w."subjectId" = e."parentId") AS "onParent",
        max(w."level") FILTER (WHERE w."subjectType" = 'tag' AND w."subjectId" = ANY (e."tags")) AS "onTags"
      FROM "Watch" w, e
      WHERE (w."subjectType" = e."subjectType" AND w."subjectId" = e."subjectId")
         OR (w."subjectType" = e."parentType" AND w."subjectId" = e."parentId")
         OR (w."subjectType" = 'tag' AND w."subjectId" = ANY (e."tags"))
      GROUP BY w."userId"
    ),
    candidate AS (
      SELECT r AS "userId", true AS "direct", NULL::"WatchLevel" AS "onSubject", NULL::"WatchLevel" AS "onParent", NULL::"WatchLevel" AS "onTags"
      FROM e, unnest(e."recipientIds") AS r
      UNION ALL
      SELECT "userId", false, "onSubject", "onParent", "onTags" FROM levels
    ),
    -- The most specific level decides: the subject's, else the parent's, else the tags' (a muted tag wins there).
    judged AS (
      SELECT "userId", bool_or("direct") AS "direct", COALESCE(max("onSubject"), max("onParent"), max("onTags")) AS "level"
      FROM candidate GROUP BY "userId"
    ),
    told AS (
      -- Addressed directly: told unless muted. Otherwise told only when WATCHING, of kinds watchers hear of.
      SELECT "userId", CASE WHEN "direct" THEN 'direct' ELSE 'watching' END AS "reason" FROM judged
      WHERE CASE WHEN "direct" THEN "level" IS DISTINCT FROM 'MUTED' ELSE ${watchersToo} AND "level" = 'WATCHING' END
    )
    INSERT INTO "Notification" ("id", "userId", "eventId", "reason", "batchKey", "actorIds", "createdAt", "emailDueAt")
    SELECT gen_random_uuid()::text, t."userId", e."id", t."reason",
           ${batched ? Prisma.sql`e."kind" || ':' || COALESCE(e."sourceKey", e."subjectType" || ':' || e."subjectId")` : Prisma.sql`NULL`},
           CASE WHEN e."actorId" IS NULL THEN ARRAY[]::text[] ELSE ARRAY[e."actorId"] END,
           e."createdAt", -- when it happened, not when it was fanned out: the inbox's order
           CASE WHEN ${!batched} AND t."reason" = 'direct' AND u."emailNotifications" = 'IMMEDIATE' AND u."emailVerifiedAt" IS NOT NULL AND u."email" IS NOT NULL
                THEN now() + make_interval(secs => ${mailDelaySeconds()}) END
    FROM told t CROSS JOIN e JOIN "User" u ON u."id" = t."userId"
    WHERE t."userId" IS DISTINCT FROM e."actorId"
      AND (u."suspendedUntil" IS NULL OR u."suspendedUntil" <= now())
    ${onConflict}`;
}
