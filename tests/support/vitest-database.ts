// One database for the integration tests: the PostgreSQL database the test runner created
// (DATABASE_URL), or an embedded PGlite in a temporary folder. Migrated before any test.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "@/lib/db/embedded.server";
import { applyMigrations } from "@/lib/db/migrate.server";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    embedded: boolean;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  let stop = async () => {};
  let url: string;
  if (external) {
    url = external;
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), "lmh-vitest-"));
    const db = await startEmbeddedDatabase(dir);
    url = db.url;
    stop = async () => {
      await db.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  await applyMigrations(url);
  project.provide("databaseUrl", url);
  project.provide("embedded", !external);
  return stop;
}
