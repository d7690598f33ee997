import { db } from "@/lib/db/client.server";
import { signInSchema } from "@/lib/validation/user";
import { dummyHash, verifyPassword } from "./password.server";
import { reserveSignInAttempt } from "./password-attempts.server";

export type SignInOutcome =
  | { ok: true; user: { id: string; tokenVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number }
  | { ok: false; reason: "suspended"; until: Date };

/** Checks an e-mail and password, within the attempt limits (password-attempts.server.ts). */
export async function authenticateWithPassword(input: unknown, address: string | null): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const attempt = await reserveSignInAttempt(email, address);
  if (!attempt.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: attempt.retryAfterSeconds };

  const user = await db().user.findUnique({ where: { email }, select: { id: true, passwordHash: true, tokenVersion: true, suspendedUntil: true } });
  // A missing account costs the same hashing time as a wrong password.
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user?.passwordHash || !valid) return { ok: false, reason: "invalid" };
  await attempt.succeeded();
  // Only someone who knows the password learns that the account is suspended.
  if (user.suspendedUntil && user.suspendedUntil > new Date()) return { ok: false, reason: "suspended", until: user.suspendedUntil };
  return { ok: true, user: { id: user.id, tokenVersion: user.tokenVersion } };
}
