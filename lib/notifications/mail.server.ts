// Notification e-mail. "Immediately" members get what addresses them (a mention, a quote, a
// reply, a finished check) once its delay has passed (NOTIFICATION_MAIL_DELAY_SECONDS, default
// 10 minutes), unless they read it on the site meanwhile or the source was edited or removed
// (cancelPendingMailFor). "Daily" members get at most one digest a day of everything unread,
// grouped by subject. Members without a verified address get nothing. Messages go through the
// outbox (queueEmail), in the same transaction that marks the notifications e-mailed, so a
// notification goes into exactly one message and a failing SMTP server loses none.
import { db } from "@/lib/db/client.server";
import { absoluteUrl } from "@/lib/content/site-url.server";
import type { Prisma } from "@/lib/generated/prisma/client";
import { escapeHtml } from "@/lib/mail/compose";
import { queueEmail } from "@/lib/mail/outbox.server";
import { site } from "@/lib/site";
import { describe } from "./describe";
import { unsubscribeHeaders, unsubscribeUrl } from "./unsubscribe-token.server";

type Tx = Pick<Prisma.TransactionClient, "$executeRaw">;

interface MailRow {
  id: string;
  userId: string;
  email: string;
  kind: string;
  reason: string;
  title: string;
  url: string;
  excerpt: string | null;
  bodyHtml: string | null;
  subjectType: string;
  subjectId: string;
  actorName: string | null;
  actorCount: number;
}

const DAY_MS = 24 * 3600 * 1000;
const BATCH = 100;

/**
 * For the forum, in the transaction that edits or removes a post: pending immediate e-mail about it
 * is not sent (the member sees the current text on the site). `sourceKey` is what the event was
 * recorded with (EventInput.sourceKey, e.g. "post:<id>"; by default its dedupeKey).
 */
export async function cancelPendingMailFor(tx: Tx, sourceKey: string): Promise<number> {
  return tx.$executeRaw`
    UPDATE "Notification" n SET "emailDueAt" = NULL FROM "Event" e
    WHERE n."eventId" = e."id" AND e."sourceKey" = ${sourceKey} AND n."emailDueAt" IS NOT NULL AND n."emailedAt" IS NULL`;
}

const details = (alias: string) => `
  SELECT n."id", n."userId", u."email", e."kind", n."reason", e."title", e."url", e."excerpt", e."bodyHtml", e."subjectType", e."subjectId",
         a."name" AS "actorName", cardinality(n."actorIds") AS "actorCount"
  FROM ${alias} n JOIN "Event" e ON e."id" = n."eventId" JOIN "User" u ON u."id" = n."userId" LEFT JOIN "User" a ON a."id" = e."actorId"`;

/** Queues the immediate e-mail that is due (at `now`); returns how many messages were queued. */
export async function sendDueNotificationMail(now = new Date()): Promise<number> {
  let queued = 0;
  for (;;) {
    const round = await db().$transaction(async (tx) => {
      // Claim: clear the due time of every row taken, so an ineligible one is not looked at again.
      const claimed = await tx.$queryRaw<{ id: string }[]>`
        UPDATE "Notification" SET "emailDueAt" = NULL
        WHERE "id" IN (SELECT "id" FROM "Notification" WHERE "emailDueAt" <= ${now} ORDER BY "emailDueAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING "id"`;
      if (claimed.length === 0) return { claimed: 0, queued: 0 };
      const rows = await tx.$queryRawUnsafe<MailRow[]>(
        `WITH sent AS (
           UPDATE "Notification" n SET "emailedAt" = $2 FROM "User" u
           WHERE n."id" = ANY($1::text[]) AND u."id" = n."userId" AND n."readAt" IS NULL AND n."emailedAt" IS NULL
             AND u."emailNotifications" = 'IMMEDIATE' AND u."emailVerifiedAt" IS NOT NULL AND u."email" IS NOT NULL
             AND (u."suspendedUntil" IS NULL OR u."suspendedUntil" <= $2)
           RETURNING n.*)
         ${details("sent")}`,
        claimed.map((c) => c.id),
        now,
      );
      for (const row of rows) await queueEmail({ to: row.email, ...immediateMessage(row), headers: unsubscribeHeaders(row.userId) }, tx);
      return { claimed: claimed.length, queued: rows.length };
    });
    queued += round.queued;
    if (round.claimed < BATCH) return queued;
  }
}

/** Queues the daily digests that are due (at `now`); returns how many were queued. */
export async function sendDueDigests(now = new Date()): Promise<number> {
  const dayAgo = new Date(now.getTime() - DAY_MS);
  const due = await db().$queryRaw<{ id: string }[]>`
    SELECT u."id" FROM "User" u
    WHERE u."emailNotifications" = 'DAILY' AND u."emailVerifiedAt" IS NOT NULL AND u."email" IS NOT NULL
      AND (u."suspendedUntil" IS NULL OR u."suspendedUntil" <= ${now})
      AND (u."lastDigestAt" IS NULL OR u."lastDigestAt" <= ${dayAgo})
      AND EXISTS (SELECT 1 FROM "Notification" n WHERE n."userId" = u."id" AND n."readAt" IS NULL AND n."emailedAt" IS NULL AND n."createdAt" <= ${now})`;
  let queued = 0;
  for (const { id } of due) {
    const sent = await db().$transaction(async (tx) => {
      // The conditional update is the claim: of two rounds at once, one takes the day's digest.
      const claimed = await tx.$executeRaw`UPDATE "User" SET "lastDigestAt" = ${now} WHERE "id" = ${id} AND ("lastDigestAt" IS NULL OR "lastDigestAt" <= ${dayAgo})`;
      if (claimed === 0) return false;
      const rows = await tx.$queryRawUnsafe<MailRow[]>(
        `WITH sent AS (
           UPDATE "Notification" SET "emailedAt" = $2, "emailDueAt" = NULL
           WHERE "userId" = $1 AND "readAt" IS NULL AND "emailedAt" IS NULL AND "createdAt" <= $2
           RETURNING *)
         ${details("sent")} ORDER BY n."createdAt"`,
        id,
        now,
      );
      if (rows.length === 0) return false;
      await queueEmail({ to: rows[0]!.email, ...digestMessage(rows), headers: unsubscribeHeaders(id) }, tx);
      return true;
    });
    if (sent) queued++;
  }
  return queued;
}

// E-mail clients load no KaTeX stylesheet: show the MathML KaTeX emits beside its HTML, and hide the HTML.
const MAIL_STYLE = `<style>.katex-html{display:none}.katex-mathml{display:inline}</style>`;
const frame = (inner: string, userId: string) =>
  `<!doctype html><html><head><meta charset="utf-8">${MAIL_STYLE}</head><body><div style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#1d1d1f;max-width:40em">${inner}` +
  `<hr style="border:none;border-top:1px solid #ddd"><p style="font-size:13px;color:#555">You receive this because of your e-mail settings on ${escapeHtml(site.name)}. ` +
  `<a href="${escapeHtml(unsubscribeUrl(userId))}">Unsubscribe</a> · <a href="${escapeHtml(absoluteUrl("/account"))}">Settings</a></p></div></body></html>`;
const textFooter = (userId: string) => `--\nUnsubscribe: ${unsubscribeUrl(userId)}\nSettings: ${absoluteUrl("/account")}\n${site.name}`;

function immediateMessage(row: MailRow) {
  const line = describe(row);
  const link = absoluteUrl(row.url);
  const body = row.bodyHtml ?? (row.excerpt ? `<p>${escapeHtml(row.excerpt)}</p>` : "");
  return {
    subject: line,
    html: frame(`<p>${escapeHtml(line)}</p><blockquote style="margin:0;padding:0 1em;border-left:3px solid #ddd">${body}</blockquote><p><a href="${escapeHtml(link)}">Open it on the site</a></p>`, row.userId),
    text: [line, row.excerpt ?? "", `Open it: ${link}`, textFooter(row.userId)].filter(Boolean).join("\n\n"),
  };
}

function digestMessage(rows: MailRow[]) {
  const groups = new Map<string, MailRow[]>();
  for (const row of rows) {
    const key = `${row.subjectType}:${row.subjectId}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const html: string[] = [];
  const text: string[] = [];
  for (const group of groups.values()) {
    const title = group[0]!.title;
    html.push(`<h2 style="font-size:18px">${escapeHtml(title)}</h2><ul>`);
    text.push(`== ${title} ==`);
    for (const row of group) {
      const link = absoluteUrl(row.url);
      html.push(`<li><a href="${escapeHtml(link)}">${escapeHtml(describe(row))}</a>${row.bodyHtml ? `<div>${row.bodyHtml}</div>` : row.excerpt ? `<div>${escapeHtml(row.excerpt)}</div>` : ""}</li>`);
      text.push(`- ${describe(row)}\n  ${link}${row.excerpt ? `\n  ${row.excerpt}` : ""}`);
    }
    html.push("</ul>");
  }
  const subject = `${site.name}: ${rows.length} new notification${rows.length === 1 ? "" : "s"} in ${groups.size} topic${groups.size === 1 ? "" : "s"}`;
  return { subject, html: frame(html.join(""), rows[0]!.userId), text: [...text, textFooter(rows[0]!.userId)].join("\n\n") };
}
