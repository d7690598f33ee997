// One database for the integration tests: the PostgreSQL database the test runner created
// (DATABASE_URL), or an embedded PGlite in a temporary folder, migrated before any test; and a
// real SMTP server that receives the mail they cause.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "@/lib/db/embedded.server";
import { applyMigrations } from "@/lib/db/migrate.server";
import { startSmtpSink } from "./smtp-sink";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    embedded: boolean;
    smtpUrl: string;
    sinkUrl: string;
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
  const sink = await startSmtpSink();
  project.provide("databaseUrl", url);
  project.provide("embedded", !external);
  project.provide("smtpUrl", sink.smtpUrl);
  project.provide("sinkUrl", sink.httpUrl);
  return async () => {
    await sink.stop();
    await stop();
  };
}
