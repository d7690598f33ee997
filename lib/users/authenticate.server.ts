import { db } from "@/lib/db/client.server";
import { signInSchema } from "@/lib/validation/user";
import { dummyHash, verifyPassword } from "./password.server";
import { clearFailures, recordFailure, secondsUntilAllowed, throttleKeys } from "./sign-in-throttle.server";

export type SignInOutcome =
  | { ok: true; user: { id: string; tokenVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** Checks an e-mail and password, within the per-address and per-account attempt limits. */
export async function authenticateWithPassword(input: unknown, ip: string | null): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, ip);
  const wait = await secondsUntilAllowed(keys);
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterSeconds: wait };

  const user = await db().user.findUnique({ where: { email }, select: { id: true, passwordHash: true, tokenVersion: true } });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user?.passwordHash || !valid) {
    await recordFailure(keys);
    return { ok: false, reason: "invalid" };
  }
  await clearFailures(email);
  return { ok: true, user: { id: user.id, tokenVersion: user.tokenVersion } };
}
