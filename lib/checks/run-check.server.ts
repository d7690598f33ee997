// Runs a result's spec: every seed in its own contained child process (from a pool that boots
// them ahead: lib/checks/child-pool.server.ts), then judges the observables against theory
// (lib/experiments/verdict) and the claims against the observables (lib/results/claims). Whatever happens to a seed, a check ends with an outcome: a seed that
// times out, crashes or runs out of memory makes every claim inconclusive with that reason.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { median } from "@/lib/experiments/core/stats";
import type { Curve, Experiment, Snapshot } from "@/lib/experiments/types";
import { judgeAll, type ObservableResult, type Verdict } from "@/lib/experiments/verdict";
import { positiveSetting, readEnv } from "@/lib/env.server";
import { judgeClaims, describeClaim, type ClaimVerdict } from "@/lib/results/claims";
import type { NormalizedSpec } from "@/lib/results/spec";
import { ChildPool } from "./child-pool.server";
import type { Limits } from "./contain.server";
import { decodeSnapshot, type EncodedSnapshot } from "./snapshot-codec";

export interface CheckProgress {
  seed: number;
  seedIndex: number;
  seedCount: number;
  step: number;
  totalSteps: number;
}

export interface ObservableSummary extends ObservableResult {
  label: string;
  median: number;
  min: number;
  max: number;
}

export interface PlotCurves {
  id: string;
  title: string;
  xLabel: string;
  yLabel: string;
  logX: boolean;
  logY: boolean;
  /** Per simulated series, one curve per seed (in seed order). */
  series: { key: string; perSeed: Curve[] }[];
  theory: { key: string; curve: Curve }[];
}

export interface Environment {
  experiment: string;
  tfjs: string | null;
  backend: string | null;
  node: string;
  commit: string;
}

export interface CheckOutcome {
  verdict: Verdict;
  claims: ClaimVerdict[];
  observables: ObservableSummary[];
  curves: PlotCurves[];
  /** Set when no verdict could be computed: "could not be checked: timed out after 120 s (seed 3)". */
  failure: string | null;
  runtimeMs: number;
  environment: Environment;
}

/** Points per stored curve: enough for a readable plot, few enough to keep the row small. */
const CURVE_POINTS = 150;

/** Children for the seeds of checks, `spares` of them booted ahead (a worker's: one per concurrent check). */
export function seedPool(spares: number): ChildPool {
  return new ChildPool(path.join(process.cwd(), "lib", "checks", "seed-child.ts"), spares);
}

export function checkLimits(): Limits {
  return {
    memoryMb: positiveSetting("LMH_CHECK_MEMORY_MB", 2048),
    heapMb: 1024,
    wallSeconds: positiveSetting("LMH_CHECK_SEED_SECONDS", 120),
  };
}

let commit: string | undefined;
function siteCommit(): string {
  commit ??= readEnv().LMH_SITE_COMMIT ?? gitHead();
  return commit;
}
function gitHead(): string {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}

function thin(c: Curve): Curve {
  const every = Math.max(1, Math.ceil(c.x.length / CURVE_POINTS));
  const keep = (_: number, i: number) => i % every === 0 || i === c.x.length - 1;
  return { x: c.x.filter(keep), y: c.y.filter(keep) };
}

function curvesOf(exp: Experiment, finals: Snapshot[], theory: Record<string, Curve>): PlotCurves[] {
  return exp.plots.map((p) => ({
    id: p.id,
    title: p.title,
    xLabel: p.xLabel,
    yLabel: p.yLabel,
    logX: !!p.logX,
    logY: !!p.logY,
    series: p.series.map((key) => ({ key, perSeed: finals.map((s) => thin(s.series[key] ?? { x: [], y: [] })) })),
    theory: (p.theorySeries ?? []).flatMap((key) => (theory[key] ? [{ key, curve: thin(theory[key]) }] : [])),
  }));
}

export async function runCheck(exp: Experiment, spec: NormalizedSpec, onProgress?: (p: CheckProgress) => void, seeds = seedPool(0), limits = checkLimits()): Promise<CheckOutcome> {
  const started = Date.now();
  const params = exp.params.parse(spec.params);
  const theory = exp.theory(params);
  const environment: Environment = { experiment: exp.id, tfjs: null, backend: null, node: process.version, commit: siteCommit() };
  const finals: Snapshot[] = [];
  let failure: string | null = null;
  for (const [seedIndex, seed] of spec.seeds.entries()) {
    const report = (step: number, totalSteps: number) => onProgress?.({ seed, seedIndex, seedCount: spec.seeds.length, step, totalSteps });
    report(0, 0);
    const out = await seeds.run<{ snapshot: EncodedSnapshot; backend: string; tfjs: string }>(
      { experiment: exp.id, params, seed, chunks: 20 },
      limits,
      (m) => report(Number(m.step), Number(m.totalSteps)),
    );
    if (!out.ok) {
      failure = `could not be checked: ${out.message} (seed ${seed})`;
      break;
    }
    environment.backend = out.value.backend;
    environment.tfjs = out.value.tfjs;
    finals.push(decodeSnapshot(out.value.snapshot));
  }
  const overrides = exp.tolerances?.(params) ?? {};
  const judged = judgeAll(
    exp.observables.map((o) => ({ ...o, tolerance: overrides[o.key] ?? o.tolerance })),
    (key) => finals.map((s) => s.observables[key] ?? NaN),
    (key) => theory.observables[key] ?? NaN,
  );
  const observables = judged.map((r, i): ObservableSummary => {
    const finite = r.perSeed.filter(Number.isFinite);
    return {
      ...r,
      label: exp.observables[i].label,
      median: finite.length ? median(finite) : NaN,
      min: finite.length ? Math.min(...finite) : NaN,
      max: finite.length ? Math.max(...finite) : NaN,
    };
  });
  const outcome = failure
    ? {
        verdict: "inconclusive" as const,
        claims: spec.claims.map((claim): ClaimVerdict => ({ claim, statement: describeClaim(claim), verdict: "inconclusive", measured: NaN, predicted: NaN, perSeed: [], reason: failure! })),
      }
    : judgeClaims(spec.claims, judged);
  return {
    ...outcome,
    observables: failure ? [] : observables,
    curves: failure ? [] : curvesOf(exp, finals, theory.series),
    failure,
    runtimeMs: Date.now() - started,
    environment,
  };
}
