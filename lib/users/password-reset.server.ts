// Password reset by e-mail. The request answers the same for any address; only an existing
// account gets a message. Completing it proves the mailbox, ends every session and voids the
// account's other reset links.
import { z } from "@/lib/zod";
import { db } from "@/lib/db/client.server";
import { type Result, notFound, rateLimited } from "@/lib/errors";
import { consume } from "@/lib/rate-limit/consume.server";
import { rateRules } from "@/lib/rate-limit/rules";
import { queueEmail } from "@/lib/mail/outbox.server";
import { emailSchema, passwordSchema } from "@/lib/validation/user";
import { passwordResetMail } from "./account-mail.server";
import { hashEmailToken, newEmailToken, RESET_MINUTES } from "./email-token";
import { hashPassword } from "./password.server";

export const resetRequestSchema = z.object({ email: emailSchema });
export const resetCompletionSchema = z.object({ token: z.string({ error: "The link is incomplete." }).min(20).max(100), newPassword: passwordSchema });

export async function requestPasswordReset(email: string): Promise<Result<object>> {
  const mailLimit = await consume(rateRules.mailPerAddressee, email);
  if (!mailLimit.allowed) return rateLimited(rateRules.mailPerAddressee.message, mailLimit.retryAfterSeconds);
  const user = await db().user.findUnique({ where: { email }, select: { id: true, name: true } });
  if (!user) return { ok: true };
  const { token, tokenHash } = newEmailToken();
  await db().$transaction(async (tx) => {
    await tx.emailToken.create({ data: { userId: user.id, purpose: "RESET_PASSWORD", tokenHash, expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000) } });
    await queueEmail({ to: email, ...passwordResetMail(user.name, token) }, tx);
  });
  return { ok: true };
}

const INVALID = "This link has expired or was already used. Ask for a new one.";

export async function resetTokenIsUsable(token: string): Promise<boolean> {
  const row = await db().emailToken.findUnique({ where: { tokenHash: hashEmailToken(token) }, select: { usedAt: true, expiresAt: true, purpose: true } });
  return !!row && row.purpose === "RESET_PASSWORD" && !row.usedAt && row.expiresAt > new Date();
}

export async function completePasswordReset(token: string, newPassword: string): Promise<Result<{ email: string | null }>> {
  const passwordHash = await hashPassword(newPassword);
  return db().$transaction(async (tx) => {
    const now = new Date();
    // Claiming the token is the conditional write: of two simultaneous uses, one wins.
    const claimed = await tx.emailToken.updateManyAndReturn({
      where: { tokenHash: hashEmailToken(token), purpose: "RESET_PASSWORD", usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
      select: { userId: true },
    });
    if (claimed.length === 0) return notFound(INVALID);
    const { userId } = claimed[0]!;
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, tokenVersion: { increment: 1 }, emailVerifiedAt: now },
      select: { email: true },
    });
    await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await tx.emailToken.updateMany({ where: { userId, purpose: "RESET_PASSWORD", usedAt: null }, data: { usedAt: now } });
    return { ok: true, email: user.email };
  });
}
