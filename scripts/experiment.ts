// Runs a registered experiment from the command line and prints each observable beside theory.
//   npm run experiment -- --list
//   npm run experiment -- <id|slug> [--param k=v ...] [--seeds 1,2,3] [--json]
import { selectServerBackend } from "../lib/experiments/core/tf-backend.node.js";
import { parseSeedList } from "../lib/experiments/seeds";
import { parseParams } from "../lib/experiments/params";
import { experiments, getExperiment } from "../lib/experiments/registry";
import { runExperiment, type ExperimentReport } from "../lib/experiments/runner";
import type { Experiment, Tolerance } from "../lib/experiments/types";

const USAGE = "usage: npm run experiment -- --list | <id|slug> [--param k=v ...] [--seeds 1,2,3] [--json]";

class UsageError extends Error {}

interface Invocation {
  exp: Experiment;
  params: Record<string, unknown>;
  seeds: number[];
  json: boolean;
}

/** A CLI value is JSON when it parses as JSON (numbers, booleans, lists), otherwise a bare string. */
function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function parseSeeds(text: string | undefined): number[] {
  const seeds = parseSeedList(text ?? "");
  if (!seeds) {
    throw new UsageError(`--seeds must be a comma-separated list of non-negative integers (got ${JSON.stringify(text ?? "")})`);
  }
  return seeds;
}

function parseArgs(argv: string[]): Invocation | "list" {
  if (argv.includes("--list")) return "list";
  let target: string | undefined;
  const raw: Record<string, unknown> = {};
  let seeds: number[] | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") json = true;
    else if (arg === "--seeds") seeds = parseSeeds(argv[++i]);
    else if (arg === "--param") {
      const kv = argv[++i] ?? "";
      const eq = kv.indexOf("=");
      if (eq <= 0) throw new UsageError(`--param expects key=value (got ${JSON.stringify(kv)})`);
      raw[kv.slice(0, eq)] = parseValue(kv.slice(eq + 1));
    } else if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    else if (target === undefined) target = arg;
    else throw new UsageError(`unexpected argument ${JSON.stringify(arg)}; ${USAGE}`);
  }
  if (target === undefined) throw new UsageError(USAGE);
  const exp = getExperiment(target);
  if (!exp) throw new UsageError(`unknown experiment ${JSON.stringify(target)}; known: ${experiments.map((e) => e.id).join(", ")}`);
  const parsed = parseParams(exp, raw);
  if (!parsed.ok) throw new UsageError(parsed.errors.map((e) => e.message).join("; "));
  return { exp, params: parsed.params, seeds: seeds ?? exp.defaultSeeds, json };
}

function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return Math.abs(x) >= 1e4 || (x !== 0 && Math.abs(x) < 1e-3) ? x.toExponential(3) : x.toPrecision(4);
}

/** Tolerances are round numbers: print them without padding zeros. */
function formatTolerance(t: Tolerance): string {
  const compact = (x: number) => String(+x.toPrecision(4));
  switch (t.kind) {
    case "relative":
      return `±${compact(t.rel * 100)}%`;
    case "absolute":
      return `±${compact(t.abs)}`;
    case "range":
      return `in [${compact(t.min)}, ${compact(t.max)}]`;
  }
}

function printTable(report: ExperimentReport, exp: Experiment): void {
  const rows = report.observables.map((o) => [
    o.key,
    o.role,
    formatNumber(o.measured),
    o.perSeed.map(formatNumber).join(" "),
    formatNumber(o.predicted),
    formatTolerance(o.tolerance),
    o.verdict,
  ]);
  const header = ["observable", "role", "measured", "per seed", "theory", "tolerance", "verdict"];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd();
  console.log(`${exp.id}  ${exp.title}`);
  console.log(`params ${JSON.stringify(report.params)}  seeds ${report.seeds.join(",")}`);
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  for (const o of report.observables) if (o.reason) console.log(`${o.key}: ${o.verdict}: ${o.reason}`);
  console.log(`verdict ${report.verdict}`);
}

function jsonDocument(report: ExperimentReport, exp: Experiment) {
  const labels = new Map(exp.observables.map((o) => [o.key, o.label]));
  return {
    id: report.id,
    version: report.version,
    params: report.params,
    seeds: report.seeds,
    verdict: report.verdict,
    observables: report.observables.map((o) => ({
      key: o.key,
      role: o.role,
      label: labels.get(o.key),
      measured: o.measured,
      perSeed: o.perSeed,
      predicted: o.predicted,
      tolerance: o.tolerance,
      verdict: o.verdict,
      reason: o.reason,
    })),
  };
}

async function main(): Promise<number> {
  let inv: Invocation | "list";
  try {
    inv = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`experiment: ${err.message}`);
    return 2;
  }
  if (inv === "list") {
    const width = Math.max(...experiments.map((e) => e.id.length));
    for (const e of experiments) console.log(`${e.id.padEnd(width)}  ${e.title}`);
    return 0;
  }
  const { exp, params, seeds, json } = inv;
  // In --json mode stdout carries exactly one document, so library chatter goes to stderr.
  const stdoutLog = console.log;
  if (json) console.log = console.error;
  try {
    await selectServerBackend();
    const report = await runExperiment(exp, params, seeds);
    // JSON has no NaN: a value that could not be measured is written as null.
    if (json) stdoutLog(JSON.stringify(jsonDocument(report, exp)));
    else printTable(report, exp);
    return 0;
  } finally {
    console.log = stdoutLog;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`experiment: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
