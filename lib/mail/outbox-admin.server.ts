// What administrators see of outgoing mail, and putting a message that ran out of attempts back
// in the queue (audited).
import { db } from "@/lib/db/client.server";
import { type Result, invalid, notFound } from "@/lib/errors";
import type { EmailStatus } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/session-user";
import { authorize } from "@/lib/policy";
import { recordAudit } from "@/lib/moderation/audit.server";

export async function listOutbox({ status, before, limit = 50 }: { status?: EmailStatus; before?: string; limit?: number }) {
  const cursor = before ? await db().outboundEmail.findUnique({ where: { id: before }, select: { createdAt: true } }) : null;
  const rows = await db().outboundEmail.findMany({
    where: { status, ...(cursor && { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: before } }] }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, to: true, subject: true, text: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true, nextAttemptAt: true },
  });
  // Confirmation and reset links act for their addressee: an administrator reads the message, not its key.
  const messages = rows.slice(0, limit).map((m) => ({ ...m, text: m.text.replace(/([?&]token=)[\w%.-]{16,}/g, "$1[hidden]") }));
  return { messages, nextBefore: rows.length > limit ? rows[limit - 1]!.id : null };
}

export async function requeueEmail(actor: Viewer, id: string): Promise<Result<object>> {
  const refused = authorize(actor, "outbox.read");
  if (refused) return refused;
  return db().$transaction(async (tx) => {
    const message = await tx.outboundEmail.findUnique({ where: { id }, select: { status: true, to: true, subject: true } });
    if (!message) return notFound("No such message.");
    if (message.status !== "FAILED") return invalid({ form: ["Only a message whose attempts ran out can be queued again."] });
    await tx.outboundEmail.update({ where: { id }, data: { status: "QUEUED", attempts: 0, nextAttemptAt: new Date() } });
    await recordAudit(tx, { actor, action: "email.requeue", target: { type: "email", id, label: `${message.subject} → ${message.to}` } });
    return { ok: true };
  });
}
