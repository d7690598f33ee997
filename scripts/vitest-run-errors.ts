// A Vitest reporter that writes how many errors the run raised outside any test (an unhandled
// rejection, an error thrown after a test ended) to the JSON file named by LMH_VITEST_RUN_ERRORS.
// Vitest's JSON report leaves them out; npm test counts them as failures (scripts/test-summary.ts).
import { writeFileSync } from "node:fs";
import type { Reporter } from "vitest/node";

export default class RunErrorsReporter implements Reporter {
  onTestRunEnd: Reporter["onTestRunEnd"] = (_modules, unhandledErrors) => {
    const file = process.env.LMH_VITEST_RUN_ERRORS;
    if (file) writeFileSync(file, JSON.stringify({ unhandledErrors: unhandledErrors.length }));
  };
}
