// A result submission as a demo's "Submit this as a result" link describes it: experiment id,
// parameters (JSON) and seeds, validated against the registry. The results form will start
// from this draft; until it exists, the page shows the draft and how to re-run it.
import { getExperiment } from "@/lib/experiments/registry";
import { parseParams } from "@/lib/experiments/params";
import { parseSeedList } from "@/lib/experiments/seeds";
import type { Experiment } from "@/lib/experiments/types";

import { MAX_SEEDS } from "./spec";

export type SubmissionDraft =
  | { ok: true; experiment: Experiment; params: Record<string, unknown>; seeds: number[] }
  | { ok: false; errors: { field: string; message: string }[] };

function parseSeeds(text: string | undefined, fallback: number[]): number[] | null {
  if (!text) return fallback;
  const seeds = parseSeedList(text);
  return seeds && seeds.length <= MAX_SEEDS ? seeds : null;
}

export function readSubmissionDraft(query: { experiment?: string; params?: string; seeds?: string }): SubmissionDraft {
  const experiment = query.experiment ? getExperiment(query.experiment) : undefined;
  if (!experiment) return { ok: false, errors: [{ field: "experiment", message: `No experiment named ${JSON.stringify(query.experiment ?? "")}.` }] };
  let raw: unknown = {};
  try {
    raw = query.params ? JSON.parse(query.params) : {};
  } catch {
    return { ok: false, errors: [{ field: "params", message: "params must be a JSON object of name: value pairs." }] };
  }
  const parsed = parseParams(experiment, raw);
  const seeds = parseSeeds(query.seeds, experiment.defaultSeeds);
  const errors = [
    ...(parsed.ok ? [] : parsed.errors.map((e) => ({ field: `params.${e.param}`, message: e.message }))),
    ...(seeds ? [] : [{ field: "seeds", message: `seeds must be up to ${MAX_SEEDS} comma-separated non-negative integers.` }]),
  ];
  if (!parsed.ok || !seeds) return { ok: false, errors };
  return { ok: true, experiment, params: parsed.params as Record<string, unknown>, seeds };
}

/** The command that re-runs the draft locally and prints the same verdicts the server will. */
export function rerunCommand(draft: Extract<SubmissionDraft, { ok: true }>): string {
  const defaults = draft.experiment.params.parse({}) as Record<string, unknown>;
  const changed = Object.entries(draft.params).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(defaults[k]));
  const args = changed.map(([k, v]) => `--param '${k}=${JSON.stringify(v)}'`);
  return ["npm run experiment --", draft.experiment.slug, ...args, `--seeds ${draft.seeds.join(",")}`].join(" ");
}
