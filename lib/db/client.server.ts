// Exactly one module creates the Prisma client. It talks to PostgreSQL, or to the embedded
// PGlite that the launcher serves on loopback (one connection at a time, so a pool of one).
import { PrismaPg } from "@prisma/adapter-pg";
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

const cache = globalThis as unknown as { lmhPrisma?: PrismaClient };

function connect(): PrismaClient {
  const env = readEnv();
  const url = databaseUrl(env);
  if (!url) {
    throw new ConfigError("DATABASE_URL", "is not set in the server process. Start the site with `npm start` (or `npm run dev`), which opens the embedded database.");
  }
  return createPrismaClient(url, env.LMH_EMBEDDED === "1");
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
