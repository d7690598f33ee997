// npm test — every check: type check, lint, vitest (unit + integration), then Playwright end-to-end in Chromium.
// Database: the embedded PGlite by default. With LMH_TEST_POSTGRES_URL (a PostgreSQL server
// URL with rights to create databases), the run creates its own database there and drops it.
// LMH_TEST_SCOPE=db runs only what depends on the database (integration and end-to-end tests),
// for a second pass on another database that need not repeat the database-free checks (types, lint, unit).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chooseTestBrowser, machineBrowserProbe } from "../tests/support/chromium";
import { createDatabase, dropDatabase } from "../tests/support/throwaway-database";
import { playwrightStep, scriptStep, vitestStep } from "./test-steps";
import { formatCounts, summarize, type StepCount } from "./test-summary";

const root = path.resolve(import.meta.dirname, "..");
const SCOPES = ["all", "db"] as const;

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

async function main() {
  const scope = process.env.LMH_TEST_SCOPE || "all";
  if (!SCOPES.includes(scope as (typeof SCOPES)[number])) fail(`✖ LMH_TEST_SCOPE: "${scope}" is not one of ${SCOPES.join(", ")}.`);

  // Before anything runs: the end-to-end tests cannot start without a browser.
  const browser = await chooseTestBrowser(await machineBrowserProbe(root));
  if (browser.kind === "none") fail(browser.message);
  console.log(`[test] Chromium: ${browser.path}${browser.kind === "playwright" ? " (Playwright's own)" : ""}`);

  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL;
  if (browser.kind === "system") env.CHROMIUM_PATH = browser.path;
  const server = process.env.LMH_TEST_POSTGRES_URL;
  // The browser tests get a database of their own, as they get a fresh PGlite folder without a
  // server: what the integration tests leave (queued checks, say) must not stand in their way.
  const stamp = `${process.pid}_${Date.now()}`;
  const dbNames = [`lmh_test_${stamp}`, `lmh_test_${stamp}_e2e`];
  const urls = server ? await Promise.all(dbNames.map((name) => createDatabase(server, name))) : [];
  console.log(server ? `[test] PostgreSQL databases ${dbNames.join(", ")} on ${new URL(server).host}` : "[test] embedded PGlite databases in temporary folders");
  const reports = await mkdtemp(path.join(tmpdir(), "lmh-test-"));
  try {
    const options = { cwd: root, env, reports };
    const withDatabase = (url: string | undefined) => ({ ...options, env: url ? { ...env, DATABASE_URL: url } : env });
    const steps: StepCount[] = [];
    if (scope === "all") steps.push(await scriptStep("typecheck", options), await scriptStep("lint", options));
    const projects = scope === "all" ? ["unit", "integration"] : ["integration"];
    steps.push(await vitestStep({ ...withDatabase(urls[0]), args: projects.map((p) => `--project=${p}`) }));
    steps.push(await playwrightStep(withDatabase(urls[1])));

    for (const s of steps) {
      console.log(`[test] ${s.step}: ${formatCounts(s)}`);
      for (const problem of s.problems) console.log(`[test]   ✖ ${problem}`);
    }
    const { total, exitCode } = summarize(steps);
    console.log(formatCounts(total));
    process.exitCode = exitCode;
  } finally {
    if (server) for (const name of dbNames) await dropDatabase(server, name).catch((e: Error) => console.error(`[test] could not drop ${name}: ${e.message}`));
    await rm(reports, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
