// Failed sign-ins are counted per client address and per account in the database, so the
// limit holds across restarts and across any number of web processes.
import { db } from "@/lib/db/client.server";

/** Failures allowed per account in the window before further attempts are refused. */
export const MAX_FAILURES = 10;
/** Per address the limit is higher: a university's NAT puts many researchers behind one address. */
export const MAX_FAILURES_PER_ADDRESS = 30;
export const WINDOW_MINUTES = 15;

const limitFor = (key: string) => (key.startsWith("ip:") ? MAX_FAILURES_PER_ADDRESS : MAX_FAILURES);

export function throttleKeys(email: string, ip: string | null): string[] {
  return ip ? [`email:${email}`, `ip:${ip}`] : [`email:${email}`];
}

/** Seconds until another attempt is allowed, or 0 when attempts are allowed now. */
export async function secondsUntilAllowed(keys: string[], now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  let wait = 0;
  for (const key of keys) {
    const recent = await db().signInFailure.findMany({
      where: { key, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: limitFor(key),
      select: { createdAt: true },
    });
    if (recent.length < limitFor(key)) continue;
    const oldest = recent[recent.length - 1]!.createdAt.getTime();
    wait = Math.max(wait, Math.ceil((oldest + WINDOW_MINUTES * 60_000 - now.getTime()) / 1000));
  }
  return wait;
}

export async function recordFailure(keys: string[]): Promise<void> {
  await db().signInFailure.createMany({ data: keys.map((key) => ({ key })) });
  // Keep the table small: anything outside the window no longer counts.
  await db().signInFailure.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 2 * WINDOW_MINUTES * 60_000) } } });
}

export async function clearFailures(email: string): Promise<void> {
  await db().signInFailure.deleteMany({ where: { key: `email:${email}` } });
}
