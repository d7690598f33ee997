// Runs an experiment over seeds and judges each observable against theory.
import type { Curve, Experiment, Snapshot, TheoryPrediction } from "./types";
import { judgeAll, overallVerdict, type ObservableResult, type Verdict } from "./verdict";

export interface RunProgress {
  seed: number;
  seedIndex: number;
  seedCount: number;
  step: number;
  totalSteps: number;
}

export interface ExperimentReport {
  id: string;
  version: number;
  params: Record<string, unknown>;
  seeds: number[];
  observables: ObservableResult[];
  /** Over the predictions: preconditions only decide whether a prediction can be judged. */
  verdict: Verdict;
  /** Simulation series of the first seed. */
  series: Record<string, Curve>;
  theory: TheoryPrediction;
}

export interface RunOptions {
  onProgress?: (p: RunProgress) => void;
  /** Chunks per run: how often progress is reported (and a worker could yield). */
  chunks?: number;
}

/** Advances one run to completion in chunks; always disposes it. */
export async function runToCompletion(
  exp: Experiment,
  params: Record<string, unknown>,
  seed: number,
  onChunk?: (s: Snapshot) => void,
  chunks = 20,
): Promise<Snapshot> {
  const run = await exp.start(params, seed);
  try {
    let snap = run.snapshot();
    const chunk = Math.max(1, Math.ceil(snap.totalSteps / chunks));
    while (!snap.done) {
      const before = snap.step;
      await run.advance(chunk);
      snap = run.snapshot();
      if (!snap.done && snap.step <= before) throw new Error(`${exp.id}: advance() made no progress at step ${before}`);
      onChunk?.(snap);
    }
    return snap;
  } finally {
    run.dispose();
  }
}

export async function runExperiment(
  exp: Experiment,
  params: Record<string, unknown>,
  seeds: number[],
  opts: RunOptions = {},
): Promise<ExperimentReport> {
  const theory = exp.theory(params);
  const finals: Snapshot[] = [];
  for (const [seedIndex, seed] of seeds.entries()) {
    const report = (s: Snapshot) =>
      opts.onProgress?.({ seed, seedIndex, seedCount: seeds.length, step: s.step, totalSteps: s.totalSteps });
    finals.push(await runToCompletion(exp, params, seed, report, opts.chunks));
  }
  const overrides = exp.tolerances?.(params) ?? {};
  const observables = judgeAll(
    exp.observables.map((spec) => ({ ...spec, tolerance: overrides[spec.key] ?? spec.tolerance })),
    (key) => finals.map((s) => s.observables[key] ?? NaN),
    (key) => theory.observables[key] ?? NaN,
  );
  return {
    id: exp.id,
    version: exp.version,
    params,
    seeds,
    observables,
    verdict: overallVerdict(observables.flatMap((o) => (o.role === "prediction" ? [o.verdict as Verdict] : []))),
    series: finals[0]?.series ?? {},
    theory,
  };
}
