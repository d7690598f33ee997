// What `npm test` counts for each step. A runner's JSON alone can report zero failures while the
// run failed: Vitest's leaves out a test file that failed to load (it has no tests) and errors
// raised outside any test, and either runner may die before writing it. So a step's count comes
// from its report, its out-of-test errors and its exit code together, and a step that failed in
// any of them never counts zero failures.
import path from "node:path";

export interface StepCount {
  step: string;
  passed: number;
  failed: number;
  skipped: number;
  /** One line for each failure that is not a failed test (a file that did not load, a crash…). */
  problems: string[];
}

export type Counts = Pick<StepCount, "passed" | "failed" | "skipped">;

interface VitestReport {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message: string; assertionResults: { status: string }[] }[];
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors: { message?: string }[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const firstLine = (text: string) => text.trim().split("\n")[0] ?? "";

/** A non-zero exit is a failure even when the report, if any, shows none. */
function withExitCode(count: StepCount, exitCode: number): StepCount {
  if (exitCode === 0 || count.failed > 0) return count;
  return { ...count, failed: 1, problems: [...count.problems, `${count.step} exited with code ${exitCode} but its report shows no failure`] };
}

function missingReport(step: string, exitCode: number): StepCount {
  return { step, passed: 0, failed: 1, skipped: 0, problems: [`${step} wrote no report (exit code ${exitCode})`] };
}

/**
 * Vitest: failed tests, plus one failure for each test file that failed without a failed test
 * (it did not load, or a hook outside the tests threw), plus each error raised outside any test.
 * `unhandledErrors` comes from scripts/vitest-run-errors.ts; undefined when that reporter did
 * not get to write (vitest died), which the exit code then shows.
 */
export function countVitest(input: { report: unknown; unhandledErrors: number | undefined; exitCode: number; root: string }): StepCount {
  const { report, exitCode } = input;
  if (!isObject(report) || !Array.isArray(report.testResults)) return missingReport("vitest", exitCode);
  const r = report as unknown as VitestReport;
  const problems: string[] = [];
  let failed = r.numFailedTests;
  for (const file of r.testResults) {
    if (file.status !== "failed" || file.assertionResults.some((t) => t.status === "failed")) continue;
    failed += 1;
    problems.push(`${path.relative(input.root, file.name)}: ${firstLine(file.message) || "failed outside its tests"}`);
  }
  const unhandled = input.unhandledErrors ?? 0;
  if (unhandled > 0) {
    failed += unhandled;
    problems.push(`${unhandled} error${unhandled === 1 ? "" : "s"} outside any test (see "Unhandled Errors" above)`);
  }
  if (r.numTotalTests === 0) {
    failed += 1;
    problems.push("vitest ran no test");
  }
  const count = { step: "vitest", passed: r.numPassedTests, failed, skipped: r.numPendingTests + r.numTodoTests, problems };
  return withExitCode(count, exitCode);
}

/** Playwright: unexpected and flaky tests, plus each error outside a test (a spec that did not load, a web server that did not start). */
export function countPlaywright(input: { report: unknown; exitCode: number }): StepCount {
  const { report, exitCode } = input;
  if (!isObject(report) || !isObject(report.stats)) return missingReport("playwright", exitCode);
  const r = report as unknown as PlaywrightReport;
  const errors = r.errors ?? [];
  const problems = errors.map((e) => firstLine(e.message ?? "error outside any test"));
  let failed = r.stats.unexpected + r.stats.flaky + errors.length;
  if (r.stats.expected + r.stats.unexpected + r.stats.flaky === 0 && errors.length === 0) {
    failed += 1;
    problems.push("playwright ran no test");
  }
  const count = { step: "playwright", passed: r.stats.expected, failed, skipped: r.stats.skipped, problems };
  return withExitCode(count, exitCode);
}

/** A step that is one check (a linter): it passes exactly when it exits 0. */
export function countCheck(step: string, exitCode: number): StepCount {
  if (exitCode === 0) return { step, passed: 1, failed: 0, skipped: 0, problems: [] };
  return { step, passed: 0, failed: 1, skipped: 0, problems: [`${step} failed (exit code ${exitCode})`] };
}

function addCounts(steps: Counts[]): Counts {
  return steps.reduce((a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed, skipped: a.skipped + c.skipped }), { passed: 0, failed: 0, skipped: 0 });
}

/** The run fails exactly when some step counted a failure (every non-zero exit counts one). */
export function summarize(steps: StepCount[]): { total: Counts; exitCode: number } {
  const total = addCounts(steps);
  return { total, exitCode: total.failed > 0 ? 1 : 0 };
}

/** The closing line CI reads: "N passed, N failed, N skipped". */
export function formatCounts(c: Counts): string {
  return `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
}
