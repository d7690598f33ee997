// npm test — every test: vitest (unit + integration), then Playwright end-to-end in Chromium.
// Database: the embedded PGlite by default. With LMH_TEST_POSTGRES_URL (a PostgreSQL server
// URL with rights to create databases), the run creates its own database there and drops it.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

const bin = (name: string) => path.join("node_modules", ".bin", name);

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function admin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

async function vitestCounts(file: string): Promise<Counts> {
  const report = JSON.parse(await readFile(file, "utf8").catch(() => "{}"));
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.numTotalTests ? 0 : 1), skipped: report.numPendingTests ?? 0 };
}

async function playwrightCounts(file: string): Promise<Counts> {
  const report = JSON.parse(await readFile(file, "utf8").catch(() => "{}"));
  const s = report.stats;
  if (!s) return { passed: 0, failed: 1, skipped: 0 };
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0) + (report.errors?.length ?? 0), skipped: s.skipped ?? 0 };
}

async function main() {
  const work = await mkdtemp(path.join(tmpdir(), "lmh-test-"));
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL;
  const server = process.env.LMH_TEST_POSTGRES_URL;
  const dbName = `lmh_test_${process.pid}_${Date.now()}`;
  if (server) {
    await admin(server, `create database "${dbName}"`);
    const url = new URL(server);
    url.pathname = `/${dbName}`;
    env.DATABASE_URL = url.toString();
    console.log(`[test] PostgreSQL database ${dbName} on ${url.host}`);
  } else {
    console.log("[test] embedded PGlite databases in temporary folders");
  }
  try {
    const vitestJson = path.join(work, "vitest.json");
    await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`], env);
    const playwrightJson = path.join(work, "playwright.json");
    await run(bin("playwright"), ["test"], { ...env, LMH_PLAYWRIGHT_JSON: playwrightJson });
    const counts = [await vitestCounts(vitestJson), await playwrightCounts(playwrightJson)];
    const total = counts.reduce((a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed, skipped: a.skipped + c.skipped }));
    console.log(`vitest: ${counts[0]!.passed} passed, ${counts[0]!.failed} failed; playwright: ${counts[1]!.passed} passed, ${counts[1]!.failed} failed`);
    console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
    process.exitCode = total.failed > 0 ? 1 : 0;
  } finally {
    if (server) await admin(server, `drop database if exists "${dbName}" with (force)`).catch((e) => console.error(`[test] could not drop ${dbName}: ${e.message}`));
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
