// Used by the launcher and `npm run worker` under tsx too, so without `import "server-only"` (as lib/db).
// The job queue: pg-boss on the app's own database, through the app's own connection pool
// (dbPool), so that with the embedded PGlite its SQL takes turns with Prisma's on the one
// connection. pg-boss 10 (the last line that supports Node 20) keeps its tables in schema
// "pgboss" and creates or migrates them at start.
import PgBoss from "pg-boss";
import { dbPool } from "@/lib/db/client.server";
import { positiveSetting } from "@/lib/env.server";

export const QUEUES = {
  /** One job per Check row: data { checkId }. */
  check: "result-check",
  /** Where check jobs go when every retry failed; its worker marks the check dead. */
  checkDead: "result-check-dead",
} as const;

/** Retries of a check job whose handler failed (not of a check that ran and failed: that is a verdict). */
export const CHECK_RETRY = { retryLimit: 3, retryDelay: 5, retryBackoff: true } as const;

export interface JobDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

const cache = globalThis as unknown as { lmhBoss?: Promise<PgBoss> };

/**
 * The process's pg-boss, started on first use: it creates its schema and the queues. Expired
 * active jobs (a worker killed mid-check) are retried after the maintenance pass that finds them:
 * LMH_JOBS_MAINTENANCE_SECONDS (default 30) bounds how long a killed worker's job waits.
 */
export function jobs(): Promise<PgBoss> {
  cache.lmhBoss ??= (async () => {
    const pool = dbPool();
    const db: JobDb = { executeSql: (text, values) => pool.query(text, values) };
    const boss = new PgBoss({
      db,
      schedule: false,
      maintenanceIntervalSeconds: Math.max(1, positiveSetting("LMH_JOBS_MAINTENANCE_SECONDS", 30)),
    });
    boss.on("error", (error) => console.error("[jobs]", error));
    await boss.start();
    for (const name of [QUEUES.checkDead, QUEUES.check]) {
      if (await boss.getQueue(name)) continue;
      await boss.createQueue(name, name === QUEUES.check ? { name, ...CHECK_RETRY, deadLetter: QUEUES.checkDead } : { name });
    }
    return boss;
  })().catch((error: unknown) => {
    cache.lmhBoss = undefined;
    throw error;
  });
  return cache.lmhBoss;
}

// The check pollers started in this process (pg-boss worker ids). A check enqueued here wakes them
// at once instead of waiting for their next poll (up to 1 s); pollers in other processes
// (`npm run worker`) still find it on their next poll. On globalThis: the launcher starts the
// pollers, and the routes that enqueue run in Next's server bundle, which loads this module again.
const local = globalThis as unknown as { lmhCheckPollers?: Set<string> };
export const localCheckPollers = (): Set<string> => (local.lmhCheckPollers ??= new Set());

/** After a transaction that enqueued checks has committed: wake this process's check pollers. */
export async function wakeLocalCheckPollers(): Promise<void> {
  const ids = localCheckPollers();
  if (ids.size === 0 || !cache.lmhBoss) return;
  const boss = await cache.lmhBoss;
  for (const id of ids) boss.notifyWorker(id);
}

/** Stops pg-boss in this process, letting running handlers finish (up to `timeoutMs`). */
export async function stopJobs(timeoutMs = 10_000): Promise<void> {
  const started = cache.lmhBoss;
  cache.lmhBoss = undefined;
  if (!started) return;
  const boss = await started.catch(() => null);
  await boss?.stop({ graceful: true, close: false, wait: true, timeout: timeoutMs });
}

/**
 * Runs `executeSql` inside a Prisma interactive transaction, so a job is sent in the same
 * transaction as the rows it is about: nothing is enqueued unless they are stored.
 */
export function transactionDb(tx: { $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): Promise<T> }): JobDb {
  return { executeSql: async (text, values = []) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }) };
}
