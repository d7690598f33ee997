// Shared by the notification benchmarks: a fresh, migrated database — a throwaway PostgreSQL
// database when BENCH_POSTGRES_URL names a server, otherwise an embedded PGlite in a temporary
// folder — published to the app's own client (lib/db) for the duration of `measure`.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedDatabase } from "@/lib/db/embedded.server";
import { applyMigrations } from "@/lib/db/migrate.server";
import { createDatabase, dropDatabase } from "../tests/support/throwaway-database";

export async function withBenchDatabase<T>(measure: (label: string) => Promise<T>): Promise<T> {
  const server = process.env.BENCH_POSTGRES_URL;
  if (server) {
    const name = `lmh_bench_${process.pid}`;
    const url = await createDatabase(server, name);
    try {
      await applyMigrations(url);
      Object.assign(process.env, { DATABASE_URL: url, LMH_EMBEDDED: "" });
      return await measure(`PostgreSQL (${new URL(url).host})`);
    } finally {
      const { closeDb } = await import("@/lib/db/client.server");
      await closeDb();
      await dropDatabase(server, name);
    }
  }
  const dir = await mkdtemp(path.join(tmpdir(), "lmh-bench-notify-"));
  const embedded = await startEmbeddedDatabase(dir);
  try {
    await applyMigrations(embedded.url);
    Object.assign(process.env, { DATABASE_URL: embedded.url, LMH_EMBEDDED: "1" });
    return await measure("PGlite (embedded)");
  } finally {
    const { closeDb } = await import("@/lib/db/client.server");
    await closeDb();
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** n members with ids `${prefix}-1` … `${prefix}-n`, in one statement. */
export async function createBenchMembers(prefix: string, n: number): Promise<void> {
  const { db } = await import("@/lib/db/client.server");
  await db().$executeRaw`
    INSERT INTO "User" ("id", "email", "handle", "name", "emailVerifiedAt", "updatedAt")
    SELECT ${prefix} || '-' || g, ${prefix} || '-' || g || '@bench.test', ${prefix} || '-' || g, 'Bench ' || g, now(), now()
    FROM generate_series(1, ${n}::int) g`;
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
export const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
