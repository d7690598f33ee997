// Limits on guessing passwords (sign-in and the current password of a password change). An
// attempt is counted before the password is checked, in one atomic statement per counter, so
// simultaneous guesses cannot all get through; a right password then gives its counts back.
import { consume, type Consumed } from "@/lib/rate-limit/consume.server";
import { rateRules, type RateRule } from "@/lib/rate-limit/rules";

export type Reservation = { allowed: true; succeeded: () => Promise<void> } | { allowed: false; retryAfterSeconds: number };

interface Check {
  rule: RateRule;
  subject: string;
  /** Index of an earlier check: a refusal here is overridden when that counter holds only this attempt. */
  unlessFreshOf?: number;
}

async function reserve(checks: Check[]): Promise<Reservation> {
  const taken: Consumed[] = [];
  for (const check of checks) {
    const counted = await consume(check.rule, check.subject);
    taken.push(counted);
    const fresh = check.unlessFreshOf !== undefined && taken[check.unlessFreshOf]!.count <= 1;
    if (!counted.allowed && !fresh) return { allowed: false, retryAfterSeconds: counted.retryAfterSeconds };
  }
  return {
    allowed: true,
    succeeded: async () => {
      for (const t of taken) if (t.allowed) await t.refund();
    },
  };
}

/** Sign-in: per address, per account and address, and per account unless this address is new to it. */
export function reserveSignInAttempt(email: string, address: string | null): Promise<Reservation> {
  const from = address ?? "unknown";
  return reserve([
    ...(address ? [{ rule: rateRules.signInPerAddress, subject: address }] : []),
    { rule: rateRules.signInPerAccountAndAddress, subject: `${email}|${from}` },
    { rule: rateRules.signInPerAccount, subject: email, unlessFreshOf: address ? 1 : 0 },
  ]);
}

export function reservePasswordChangeAttempt(userId: string, address: string | null): Promise<Reservation> {
  return reserve([
    ...(address ? [{ rule: rateRules.passwordChangePerAddress, subject: address }] : []),
    { rule: rateRules.passwordChangePerAccount, subject: userId },
  ]);
}
