// The bell's unread-count query (lib/notifications/inbox.server.ts unreadCount) with 100,000
// notifications stored: 900 members with 100 each (half unread) and one heavy member with 10,000
// (half unread). p50/p99 over many queries, for a typical member and for the heavy one.
// Run: npx tsx --conditions=react-server bench/notifications-unread-count.ts [queries=2000]
//      BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx --conditions=react-server bench/notifications-unread-count.ts
import { loadavg } from "node:os";
import { machine } from "./support";
import { createBenchMembers, ms, percentile, withBenchDatabase } from "./notifications-support";

const queries = Number(process.argv[2] ?? 2000);

await withBenchDatabase(async (database) => {
  const { db } = await import("@/lib/db/client.server");
  const { unreadCount } = await import("@/lib/notifications/inbox.server");
  await createBenchMembers("u", 900);
  await createBenchMembers("heavy", 1);
  await db().$executeRaw`
    INSERT INTO "Event" ("id", "kind", "subjectType", "subjectId", "url", "title", "dedupeKey", "fannedOutAt")
    SELECT 'e-' || g, 'forum.reply', 'thread', 't-' || (g % 500), '/forum', 'A thread', 'bench-' || g, now() FROM generate_series(1, 10000) g`;
  await db().$executeRaw`
    INSERT INTO "Notification" ("id", "userId", "eventId", "reason", "createdAt", "readAt")
    SELECT 'n-' || u || '-' || k, 'u-' || u, 'e-' || ((u * 100 + k) % 10000 + 1), 'watching', now() - make_interval(mins => k), CASE WHEN k % 2 = 0 THEN now() END
    FROM generate_series(1, 900) u, generate_series(1, 100) k`;
  await db().$executeRaw`
    INSERT INTO "Notification" ("id", "userId", "eventId", "reason", "createdAt", "readAt")
    SELECT 'h-' || k, 'heavy-1', 'e-' || k, 'watching', now() - make_interval(mins => k), CASE WHEN k % 2 = 0 THEN now() END
    FROM generate_series(1, 10000) k`;
  await db().$executeRawUnsafe(`ANALYZE "Notification"`);
  const total = await db().notification.count();

  const time = async (member: () => string) => {
    const samples: number[] = [];
    for (let i = 0; i < queries; i++) {
      const started = performance.now();
      await unreadCount(member());
      samples.push(performance.now() - started);
    }
    return samples.sort((a, b) => a - b);
  };
  await time(() => "u-1"); // warm-up
  const typical = await time(() => `u-${1 + Math.floor(Math.random() * 900)}`);
  const heavy = await time(() => "heavy-1");
  const plan = await db().$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT count(*) FROM "Notification" WHERE "userId" = 'u-7' AND "readAt" IS NULL`);
  console.log(`### Unread count with ${total.toLocaleString("en")} notifications — ${database}\n`);
  console.log(`${machine()}, load ${loadavg()[0]!.toFixed(2)}; ${queries} queries each, through the app's Prisma client (round trip included). Plan: \`${plan.map((line) => line["QUERY PLAN"].replace(/\s*\(cost=.*$/, "").replace(/->\s*/, "").trim()).join(" → ")}\`\n`);
  console.log("| member | unread | p50 | p99 |\n|---|---:|---:|---:|");
  console.log(`| typical (100 notifications) | 50 | ${ms(percentile(typical, 50))} | ${ms(percentile(typical, 99))} |`);
  console.log(`| heavy (10,000 notifications) | 5,000 | ${ms(percentile(heavy, 50))} | ${ms(percentile(heavy, 99))} |`);
});
