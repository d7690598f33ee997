// Password sign-up in two steps, so that the answer never tells whether an address already has
// an account: step one always says "check your inbox" (and mails either a confirmation link or a
// note that the address is taken); the account exists only once its address is confirmed.
import { z } from "@/lib/zod";
import { db } from "@/lib/db/client.server";
import { type Result, conflict, notFound, rateLimited } from "@/lib/errors";
import { consume } from "@/lib/rate-limit/consume.server";
import { rateRules } from "@/lib/rate-limit/rules";
import { queueEmail } from "@/lib/mail/outbox.server";
import type { SignUpInput } from "@/lib/validation/user";
import { Prisma } from "@/lib/generated/prisma/client";
import { alreadyMemberMail, confirmSignUpMail } from "./account-mail.server";
import { hashEmailToken, newEmailToken, SIGN_UP_HOURS } from "./email-token";
import { uniqueHandle } from "./handle.server";
import { hashPassword } from "./password.server";

export const signUpTokenSchema = z.object({ token: z.string({ error: "The link is incomplete." }).min(20).max(100) });

/** Step one. Both branches hash the password, so they also take the same time. */
export async function requestSignUp({ name, email, password }: SignUpInput): Promise<Result<object>> {
  const mailLimit = await consume(rateRules.mailPerAddressee, email);
  if (!mailLimit.allowed) return rateLimited(rateRules.mailPerAddressee.message, mailLimit.retryAfterSeconds);
  const passwordHash = await hashPassword(password);
  const existing = await db().user.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    await queueEmail({ to: email, ...alreadyMemberMail() });
    return { ok: true };
  }
  const { token, tokenHash } = newEmailToken();
  await db().$transaction(async (tx) => {
    await tx.pendingSignUp.create({ data: { email, name, passwordHash, tokenHash, expiresAt: new Date(Date.now() + SIGN_UP_HOURS * 3600_000) } });
    await queueEmail({ to: email, ...confirmSignUpMail(name, token) }, tx);
  });
  return { ok: true };
}

const EXPIRED = "This link has expired or was already used. Sign up again to get a new one.";

/** What the confirmation page shows before the member presses the button. */
export async function pendingSignUpFor(token: string): Promise<{ email: string; name: string } | null> {
  const pending = await db().pendingSignUp.findUnique({ where: { tokenHash: hashEmailToken(token) }, select: { email: true, name: true, expiresAt: true } });
  return pending && pending.expiresAt > new Date() ? { email: pending.email, name: pending.name } : null;
}

/** Step two: the address is confirmed, the account is created (once, whatever the races). */
export async function confirmSignUp(token: string): Promise<Result<{ user: { id: string; handle: string; email: string } }>> {
  const pending = await db().pendingSignUp.findUnique({ where: { tokenHash: hashEmailToken(token) } });
  if (!pending || pending.expiresAt <= new Date()) return notFound(EXPIRED);
  try {
    const user = await db().$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { name: pending.name, email: pending.email, passwordHash: pending.passwordHash, emailVerifiedAt: new Date(), handle: await uniqueHandle(pending.name, tx) },
        select: { id: true, handle: true, email: true },
      });
      // Every other pending sign-up for the address is void now: the address has its account.
      await tx.pendingSignUp.deleteMany({ where: { email: pending.email } });
      return created;
    });
    return { ok: true, user: { ...user, email: user.email! } };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      await db().pendingSignUp.deleteMany({ where: { email: pending.email } });
      return conflict({ form: ["This address already has an account. Sign in instead."] });
    }
    throw error;
  }
}
