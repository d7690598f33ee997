// Outgoing mail is stored first and sent after: a message survives a failing SMTP server and a
// restart, and is retried with growing delays until it goes or its attempts run out (then it
// stays, marked FAILED, for an administrator to see). Claiming rows with SKIP LOCKED lets any
// number of processes deliver without sending a message twice.
import { db } from "@/lib/db/client.server";
import type { Prisma } from "@/lib/generated/prisma/client";
import { transmit, type MailMessage } from "./transport.server";

export const MAX_ATTEMPTS = 8;
/** How long a claimed message is reserved for the process that claimed it. */
const LEASE_SECONDS = 120;

type Writer = Pick<Prisma.TransactionClient, "outboundEmail">;

/** Stores a message for delivery (inside the caller's transaction when given one). */
export async function queueEmail(message: MailMessage, writer: Writer = db()): Promise<string> {
  const row = await writer.outboundEmail.create({
    data: { to: message.to, subject: message.subject, text: message.text, html: message.html, headers: message.headers ?? undefined },
    select: { id: true },
  });
  return row.id;
}

/** Delay before attempt n+1: 1, 2, 4 … minutes, at most 6 hours. */
export const retryDelaySeconds = (attempts: number) => Math.min(6 * 3600, 60 * 2 ** Math.max(0, attempts - 1));

async function claimDue(limit: number) {
  return db().$queryRaw<{ id: string; to: string; subject: string; text: string; html: string; headers: Record<string, string> | null; attempts: number }[]>`
    UPDATE "OutboundEmail" SET "nextAttemptAt" = now() + make_interval(secs => ${LEASE_SECONDS}), "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboundEmail" WHERE "status" = 'QUEUED' AND "nextAttemptAt" <= now()
      ORDER BY "nextAttemptAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "to", "subject", "text", "html", "headers", "attempts"`;
}

/** Sends every message that is due; returns how many were sent and how many failed this round. */
export async function deliverDueEmail(limit = 50): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const row of await claimDue(limit)) {
    try {
      await transmit({ to: row.to, subject: row.subject, text: row.text, html: row.html, headers: row.headers ?? undefined }, row.id);
      await db().outboundEmail.update({ where: { id: row.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
      sent++;
    } catch (error) {
      failed++;
      const exhausted = row.attempts >= MAX_ATTEMPTS;
      await db().outboundEmail.update({
        where: { id: row.id },
        data: {
          lastError: String((error as Error).message ?? error).slice(0, 1000),
          ...(exhausted ? { status: "FAILED" } : { nextAttemptAt: new Date(Date.now() + retryDelaySeconds(row.attempts) * 1000) }),
        },
      });
    }
  }
  return { sent, failed };
}
