// Rate limits counted in the database, so they hold across restarts and across any number of
// web and worker processes. Each rule keeps one counter per subject and fixed window; the
// estimate slides by weighting the previous window by how much of it still overlaps (the
// approach of Cloudflare's limiter), which avoids a double burst at window edges. The
// increment and the read are one statement, so parallel requests cannot all slip through.
import { db } from "@/lib/db/client.server";
import type { RateRule } from "./rules";

/** `count`: the sliding estimate including this event (1 means nothing else in the window). */
export type Consumed = { allowed: true; count: number; refund: () => Promise<void> } | { allowed: false; count: number; retryAfterSeconds: number };

const windowStartOf = (rule: RateRule, now: Date) => new Date(Math.floor(now.getTime() / (rule.windowSeconds * 1000)) * rule.windowSeconds * 1000);

/** Counts one event for `subject` under `rule`; refused (and counted) when over the limit. */
export async function consume(rule: RateRule, subject: string, now = new Date()): Promise<Consumed> {
  const key = `${rule.name}:${subject}`;
  const windowMs = rule.windowSeconds * 1000;
  const start = windowStartOf(rule, now);
  const previousStart = new Date(start.getTime() - windowMs);
  const expiresAt = new Date(start.getTime() + 2 * windowMs);
  const rows = await db().$queryRaw<{ current: number; previous: number | null }[]>`
    WITH hit AS (
      INSERT INTO "RateLimitWindow" ("key", "windowStart", "count", "expiresAt") VALUES (${key}, ${start}, 1, ${expiresAt})
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
      RETURNING "count"
    )
    SELECT (SELECT "count" FROM hit) AS current,
           (SELECT "count" FROM "RateLimitWindow" WHERE "key" = ${key} AND "windowStart" = ${previousStart}) AS previous`;
  if (Math.random() < 0.01) await db().rateLimitWindow.deleteMany({ where: { expiresAt: { lt: now } } });
  const current = Number(rows[0]!.current);
  const previous = Number(rows[0]!.previous ?? 0);
  const elapsed = (now.getTime() - start.getTime()) / windowMs;
  const count = previous * (1 - elapsed) + current;
  if (count <= rule.limit) return { allowed: true, count, refund: () => refund(key, start) };
  return { allowed: false, count, retryAfterSeconds: secondsUntilBelow(rule, current, previous, elapsed) };
}

/** Takes back one counted event (e.g. a sign-in attempt that turned out to be right). */
async function refund(key: string, windowStart: Date): Promise<void> {
  await db().rateLimitWindow.updateMany({ where: { key, windowStart, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/** Seconds until the sliding estimate falls back under the limit, assuming no new events. */
function secondsUntilBelow(rule: RateRule, current: number, previous: number, elapsed: number): number {
  const remaining = (1 - elapsed) * rule.windowSeconds;
  // Within this window only the previous window's share decays; if that cannot suffice, wait
  // for the next window, where this one becomes the decaying share.
  if (current < rule.limit && previous > 0) {
    const needed = 1 - (rule.limit - current) / previous; // fraction of the window that must have elapsed
    if (needed > elapsed) return Math.max(1, Math.ceil((needed - elapsed) * rule.windowSeconds));
  }
  const nextNeeded = current > 0 ? Math.max(0, 1 - rule.limit / current) : 0;
  return Math.max(1, Math.ceil(remaining + nextNeeded * rule.windowSeconds));
}
