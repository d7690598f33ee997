import { afterAll, describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/db/embedded.server";
import { applyMigrations, migrationsDir, schemaChangesSinceLastMigration } from "@/lib/db/migrate.server";
import { createDatabase, dropDatabase } from "../support/throwaway-database";

const allMigrations = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

async function tableNames(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query("select table_name from information_schema.tables where table_schema = 'public' order by 1");
    return rows.map((r) => r.table_name as string);
  } finally {
    await client.end();
  }
}

async function expectFromZeroThenNothing(url: string) {
  expect(await applyMigrations(url)).toEqual(allMigrations);
  expect(await tableNames(url)).toEqual(expect.arrayContaining(["User", "Account", "Session", "AuditEntry", "RateLimitWindow", "_prisma_migrations"]));
  expect(await applyMigrations(url)).toEqual([]);
}

describe("migrations", () => {
  it("the committed migrations cover the whole schema", async () => {
    expect(allMigrations.length).toBeGreaterThan(0);
    expect(await schemaChangesSinceLastMigration()).toBeNull();
  });

  it("apply from zero on PGlite, and a second run applies nothing", async () => {
    const db = await startEmbeddedDatabase(null);
    try {
      await expectFromZeroThenNothing(db.url);
    } finally {
      await db.stop();
    }
  });

  // CI sets LMH_TEST_POSTGRES_URL to the PostgreSQL server; each run uses a new database.
  const admin = process.env.LMH_TEST_POSTGRES_URL;
  const name = `lmh_migrate_${process.pid}_${Date.now()}`;
  afterAll(async () => {
    if (admin) await dropDatabase(admin, name);
  });

  it.runIf(admin)("apply from zero on PostgreSQL, and a second run applies nothing", async () => {
    await expectFromZeroThenNothing(await createDatabase(admin!, name));
  });
});
