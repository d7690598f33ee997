// npm test's count must not be able to report green for a run that failed. Each case runs the
// real runner, exactly as npm test does (scripts/test-steps.ts), on files in a temporary folder.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { playwrightStep, vitestStep } from "@/scripts/test-steps";
import { countPlaywright, countVitest, summarize, type StepCount } from "@/scripts/test-summary";

const root = path.resolve(import.meta.dirname, "../../..");
const temp: string[] = [];
afterAll(() => Promise.all(temp.map((d) => rm(d, { recursive: true, force: true }))));


async function folder(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), "lmh-summary-"));
  temp.push(dir);
  const reports = path.join(dir, ".reports");
  await mkdir(reports);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return { cwd: dir, reports, env: process.env, output: "ignore" as const };
}

/** Vitest runs the folder with globals, so the test files need no import that /tmp cannot resolve. */
const runVitest = async (files: Record<string, string>) => vitestStep({ ...(await folder(files)), args: ["--globals"] });

const passing = `test("adds", () => expect(1 + 1).toBe(2));\n`;
const failedRun = (count: StepCount) => {
  expect(count.failed).toBeGreaterThan(0);
  expect(summarize([count]).exitCode).toBe(1);
};

describe("the vitest count, on real runs", { timeout: 120_000 }, () => {
  it("counts a clean run as passed, with exit code 0 (the harness itself does not fail)", async () => {
    const count = await runVitest({ "ok.test.mjs": passing });
    expect(count).toMatchObject({ passed: 1, failed: 0, problems: [] });
    expect(summarize([count]).exitCode).toBe(0);
  });

  it("counts a test file with a syntax error as a failure beside the passing one", async () => {
    const count = await runVitest({ "ok.test.mjs": passing, "broken.test.mjs": `test("never parsed", () => {\n` });
    failedRun(count);
    expect(count.passed).toBe(1);
    expect(count.problems.join("\n")).toMatch(/broken\.test\.mjs/);
  });

  it("counts a test file whose import is missing as a failure", async () => {
    const count = await runVitest({ "missing.test.mjs": `import "./not-there.mjs";\ntest("never run", () => {});\n` });
    failedRun(count);
    expect(count.problems.join("\n")).toMatch(/missing\.test\.mjs/);
  });

  it("counts a suite whose hook failed as a failure although none of its tests failed (they are skipped)", async () => {
    const count = await runVitest({ "hook.test.mjs": `describe("suite", () => {\n  beforeAll(() => { throw new Error("setup broke"); });\n  test("skipped", () => {});\n});\n` });
    failedRun(count);
    expect(count.problems.join("\n")).toMatch(/hook\.test\.mjs/);
  });

  it("counts an unhandled rejection as a failure although every test passed", async () => {
    const count = await runVitest({ "unhandled.test.mjs": `test("leaves a rejection behind", () => { Promise.reject(new Error("nobody waits for this")); });\n` });
    failedRun(count);
    expect(count.passed).toBe(1);
    expect(count.problems.join("\n")).toMatch(/outside any test/);
  });
});

describe("the playwright count, on real runs", { timeout: 120_000 }, () => {
  // A spec that needs no page, importing the project's @playwright/test by its absolute URL.
  const playwright = pathToFileURL(path.join(root, "node_modules/@playwright/test/index.mjs")).href;
  const spec = `import { test, expect } from "${playwright}";\ntest("adds", () => expect(1 + 1).toBe(2));\n`;

  it("counts a clean run as passed, with exit code 0", async () => {
    const count = await playwrightStep(await folder({ "ok.spec.mjs": spec }));
    expect(count).toMatchObject({ passed: 1, failed: 0, problems: [] });
  });

  it("counts a spec that fails to load as a failure", async () => {
    const count = await playwrightStep(await folder({ "ok.spec.mjs": spec, "broken.spec.mjs": `${spec}test("never parsed", () => {\n` }));
    failedRun(count);
    expect(count.problems.join("\n")).toMatch(/broken\.spec\.mjs|SyntaxError|Unexpected/);
  });
});

describe("the count when a report is missing or says nothing failed", () => {
  it("a runner that exits non-zero fails even when its report shows no failure", () => {
    const report = { numTotalTests: 1, numPassedTests: 1, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, testResults: [] };
    failedRun(countVitest({ report, unhandledErrors: 0, exitCode: 1, root }));
    failedRun(countPlaywright({ report: { stats: { expected: 1, unexpected: 0, flaky: 0, skipped: 0 }, errors: [] }, exitCode: 1 }));
  });

  it("a runner that wrote no report fails, whatever its exit code", () => {
    failedRun(countVitest({ report: undefined, unhandledErrors: undefined, exitCode: 0, root }));
    failedRun(countPlaywright({ report: undefined, exitCode: 0 }));
  });

  it("a run of no test fails", () => {
    const report = { numTotalTests: 0, numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, testResults: [] };
    failedRun(countVitest({ report, unhandledErrors: 0, exitCode: 0, root }));
    failedRun(countPlaywright({ report: { stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, errors: [] }, exitCode: 0 }));
  });
});
