// Exactly one module creates the Prisma client. It talks to PostgreSQL, or to the embedded
// PGlite that the launcher serves on loopback (one connection at a time, so a pool of one).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl, readEnv } from "@/lib/env.server";
import { ConfigError } from "@/lib/config-error";

// With the embedded database's single connection, interactive transactions queue for it: wait
// for it longer than Prisma's 2 s default, so a burst of writes queues rather than fails.
const TRANSACTIONS = { maxWait: 20_000, timeout: 20_000 };

export function createPrismaClient(url: string, embedded: boolean): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: embedded ? 1 : 10 }, { schema: "public" });
  return new PrismaClient({ adapter, transactionOptions: TRANSACTIONS });
}

// On globalThis: the launcher (its in-process check worker) and Next's bundled route code are
// separate module copies in one process, and must share the one pool.
const cache = globalThis as unknown as { lmhPrisma?: PrismaClient; lmhPool?: pg.Pool };

/**
 * The app's connection pool, shared by Prisma and the job queue (lib/jobs): with the embedded
 * database it is the one connection, so the queue's SQL and the app's take turns on it rather
 * than interleaving protocol messages from two connections.
 */
export function dbPool(): pg.Pool {
  if (!cache.lmhPool) {
    const env = readEnv();
    const url = databaseUrl(env);
    if (!url) {
      throw new ConfigError("DATABASE_URL", "is not set in the server process. Start the site with `npm start` (or `npm run dev`), which opens the embedded database.");
    }
    cache.lmhPool = new pg.Pool({ connectionString: url, max: env.LMH_EMBEDDED === "1" ? 1 : 10 });
  }
  return cache.lmhPool;
}

function connect(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(dbPool(), { schema: "public" }), transactionOptions: TRANSACTIONS });
}

/**
 * The app's client, created on first use (so a build never needs a database). Refused while
 * `next build` prerenders: a page that read the database then would freeze that moment's data into
 * its HTML for every visitor. Such a page must render per request (`await connection()` from
 * next/server), which a static document (app/(documents)/) may not: the build names it.
 */
export function db(): PrismaClient {
  if (readEnv().NEXT_PHASE === "phase-production-build") {
    throw new Error("The database was read while `next build` prerendered a page. A page that shows database data must render per request: call `await connection()` (next/server) before reading, and keep it out of app/(documents)/.");
  }
  cache.lmhPrisma ??= connect();
  return cache.lmhPrisma;
}

/** Ends the app's client and pool (a worker process on shutdown). */
export async function closeDb(): Promise<void> {
  const { lmhPrisma, lmhPool } = cache;
  cache.lmhPrisma = undefined;
  cache.lmhPool = undefined;
  await lmhPrisma?.$disconnect();
  await lmhPool?.end();
}
