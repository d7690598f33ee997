// Misconfiguration stops the process with one line naming the setting and the remedy.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "@/lib/db/embedded.server";
import { runScript } from "../support/run-script";

const dirs: string[] = [];
async function tempDir() {
  const dir = await mkdtemp(path.join(tmpdir(), "lmh-startup-"));
  dirs.push(dir);
  return dir;
}
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

function expectOneClearLine(out: { code: number | null; stderr: string }, setting: string, phrase: string) {
  expect(out.code).toBe(1);
  const lines = out.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^✖ ${setting}: `));
  expect(lines[0]).toContain(phrase);
  expect(out.stderr).not.toMatch(/\n\s+at /);
}

describe("startup errors", () => {
  it("a malformed DATABASE_URL", async () => {
    expectOneClearLine(await runScript("scripts/db-migrate.ts", { DATABASE_URL: "not a url" }), "DATABASE_URL", "is not a valid URL");
    expectOneClearLine(await runScript("scripts/db-migrate.ts", { DATABASE_URL: "mysql://u@h/db" }), "DATABASE_URL", "only PostgreSQL");
  });

  it("an unreachable DATABASE_URL", async () => {
    const out = await runScript("scripts/db-migrate.ts", { DATABASE_URL: "postgresql://postgres@127.0.0.1:9/lmh" });
    expectOneClearLine(out, "DATABASE_URL", "cannot reach the PostgreSQL server");
  });

  it("a PGlite data folder held by another process", async () => {
    const dir = await tempDir();
    const holder = await startEmbeddedDatabase(dir);
    try {
      const out = await runScript("scripts/db-migrate.ts", { DATABASE_URL: undefined, DATA_DIR: dir });
      expectOneClearLine(out, "DATA_DIR", `is in use by process ${process.pid}`);
    } finally {
      await holder.stop();
    }
    // Released: now it opens.
    const ok = await runScript("scripts/db-migrate.ts", { DATABASE_URL: undefined, DATA_DIR: dir });
    expect(ok.code).toBe(0);
  });

  it("a missing NEXTAUTH_SECRET for a server with DATABASE_URL", async () => {
    const out = await runScript("scripts/start.ts", { DATABASE_URL: "postgresql://postgres@127.0.0.1:9/lmh", NEXTAUTH_SECRET: undefined, PORT: "0" });
    expectOneClearLine(out, "NEXTAUTH_SECRET", "is not set");
  });

  it("a port that is not a number", async () => {
    expectOneClearLine(await runScript("scripts/start.ts", { PORT: "eighty", DATABASE_URL: undefined, DATA_DIR: await tempDir() }), "PORT", "not a port number");
  });
});
