// The steps of `npm test`, each a child process whose output the reader sees as it runs and whose
// result is counted by scripts/test-summary.ts from its reports and exit code.
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { countCheck, countPlaywright, countVitest, type StepCount } from "./test-summary";

const root = path.resolve(import.meta.dirname, "..");
const vitestCli = path.join(root, "node_modules/vitest/vitest.mjs");
const playwrightCli = path.join(root, "node_modules/@playwright/test/cli.js");
const runErrorsReporter = path.join(root, "scripts/vitest-run-errors.ts");

export interface StepOptions {
  /** Where the runner runs (the project, or a test's temporary folder). */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** An empty folder for this step's reports. */
  reports: string;
  args?: string[];
  /** The runner's own output: shown (npm test) or dropped (tests of this module). */
  output?: "inherit" | "ignore";
}

/** Resolves with the exit code; a process killed by a signal or that could not start counts as 1. */
function run(command: string, args: string[], { cwd, env, output = "inherit" }: Pick<StepOptions, "cwd" | "env" | "output">): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: output });
    child.on("error", () => resolve(1));
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

const readJson = (file: string): Promise<unknown> =>
  readFile(file, "utf8").then(
    (text) => JSON.parse(text) as unknown,
    () => undefined,
  );

export async function vitestStep({ reports, args = [], ...options }: StepOptions): Promise<StepCount> {
  const report = path.join(reports, "vitest.json");
  const runErrors = path.join(reports, "vitest-run-errors.json");
  const reporters = ["--reporter=default", "--reporter=json", `--outputFile.json=${report}`, `--reporter=${runErrorsReporter}`];
  const env = { ...options.env, LMH_VITEST_RUN_ERRORS: runErrors };
  const exitCode = await run(process.execPath, [vitestCli, "run", ...reporters, ...args], { ...options, env });
  const errors = (await readJson(runErrors)) as { unhandledErrors?: number } | undefined;
  return countVitest({ report: await readJson(report), unhandledErrors: errors?.unhandledErrors, exitCode, root: options.cwd });
}

export async function playwrightStep({ reports, args = [], ...options }: StepOptions): Promise<StepCount> {
  const report = path.join(reports, "playwright.json");
  const env = { ...options.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report };
  const exitCode = await run(process.execPath, [playwrightCli, "test", "--reporter=list,json", ...args], { ...options, env });
  return countPlaywright({ report: await readJson(report), exitCode });
}

/**
 * A package.json script (`npm run lint`, `npm run typecheck`), so the command and its options are
 * the ones package.json documents. Under npm, npm_execpath is npm's own script, which runs on any
 * platform without a shell.
 */
export async function scriptStep(script: "lint" | "typecheck", options: Pick<StepOptions, "cwd" | "env" | "output">): Promise<StepCount> {
  const npm = process.env.npm_execpath;
  const args = ["run", "--silent", script];
  const exitCode = await (npm ? run(process.execPath, [npm, ...args], options) : run("npm", args, options));
  return countCheck(script, exitCode);
}
