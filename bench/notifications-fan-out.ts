// Fan-out of one event to 10,000 watchers: how long until every notification row is stored, and
// the recording transaction's own latency (what the posting request waits for) on a thread with
// 10,000 watchers beside one with none. Fan-out runs after the response, so the request pays only
// for recording.
// Run: npx tsx --conditions=react-server bench/notifications-fan-out.ts [watchers=10000] [rounds=5]
//      BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx --conditions=react-server bench/notifications-fan-out.ts
// (react-server: the services import "server-only", which is empty under that condition, as in Next.)
import { loadavg } from "node:os";
import { machine } from "./support";
import { createBenchMembers, ms, percentile, withBenchDatabase } from "./notifications-support";

const watchers = Number(process.argv[2] ?? 10_000);
const rounds = Number(process.argv[3] ?? 5);

await withBenchDatabase(async (database) => {
  const { db } = await import("@/lib/db/client.server");
  const { recordEvent } = await import("@/lib/notifications/events.server");
  const { fanOutPendingEvents } = await import("@/lib/notifications/fan-out.server");
  await createBenchMembers("w", watchers);
  await createBenchMembers("poster", 1);
  const watched = { type: "thread" as const, id: "watched" };
  await db().$executeRaw`INSERT INTO "Watch" ("userId", "subjectType", "subjectId", "level", "updatedAt") SELECT "id", 'thread', 'watched', 'WATCHING', now() FROM "User" WHERE "id" LIKE 'w-%'`;

  let n = 0;
  const record = async (thread: string) => {
    const started = performance.now();
    await db().$transaction((tx) =>
      recordEvent(tx, { kind: "forum.reply", actorId: "poster-1", subject: { type: "thread", id: thread }, parent: { type: "category", id: "general" }, url: `/forum/t/${thread}#p${n}`, title: "A thread", excerpt: "A reply", dedupeKey: `bench:${n++}` }),
    );
    return performance.now() - started;
  };
  // Warm up the connection and the statements.
  await record("quiet");
  await fanOutPendingEvents();

  const recordWatched: number[] = [];
  const recordQuiet: number[] = [];
  const fanOut: number[] = [];
  for (let i = 0; i < rounds; i++) {
    recordQuiet.push(await record("quiet"));
    await fanOutPendingEvents();
    recordWatched.push(await record(watched.id));
    const started = performance.now();
    const { notifications } = await fanOutPendingEvents();
    fanOut.push(performance.now() - started);
    if (notifications !== watchers) throw new Error(`expected ${watchers} notifications, stored ${notifications}`);
  }
  const stored = await db().notification.count();
  const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
  console.log(`### Fan-out of one event to ${watchers.toLocaleString("en")} watchers — ${database}\n`);
  console.log(`${machine()}, load ${loadavg()[0]!.toFixed(2)}; ${rounds} rounds, ${stored.toLocaleString("en")} notification rows at the end.\n`);
  console.log("| measure | median | min | max |\n|---|---:|---:|---:|");
  const row = (label: string, xs: number[]) => console.log(`| ${label} | ${ms(median(xs))} | ${ms(Math.min(...xs))} | ${ms(Math.max(...xs))} |`);
  row(`fan-out until all ${watchers.toLocaleString("en")} rows are stored`, fanOut);
  row(`recording the event (request's share), ${watchers.toLocaleString("en")} watchers`, recordWatched);
  row("recording the event (request's share), no watchers", recordQuiet);
});
