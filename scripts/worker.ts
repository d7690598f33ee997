// npm run worker — a check worker process: takes result checks from the queue (pg-boss on
// DATABASE_URL) and runs them, each seed in a contained child process. Start as many as the
// machines allow; they share the queue through the database. The embedded database (no
// DATABASE_URL) has one opener, the site's process, which runs its own worker: not this one.
import "./server-only-hook.mjs";
import { ConfigError } from "@/lib/config-error";
import { closeDb } from "@/lib/db/client.server";
import { databaseUrl, readEnv } from "@/lib/env.server";
import { stopJobs } from "@/lib/jobs/boss.server";
import { runCli } from "./run-cli";

const log = (line: string) => console.log(`[worker] ${line}`);

runCli(async () => {
  const env = readEnv();
  if (!databaseUrl(env)) {
    throw new ConfigError("DATABASE_URL", "is not set. With the embedded database the site's own process (npm start) runs the checks; extra workers need PostgreSQL.");
  }
  // Imported once the hook is in place: the worker's modules include server-only ones.
  const { startCheckWorkers } = await import("@/lib/jobs/check-worker.server");
  const stop = await startCheckWorkers(1, log);
  log(`ready (pid ${process.pid})`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  log("stopping: letting running checks finish…");
  await stop();
  await stopJobs();
  await closeDb();
});
