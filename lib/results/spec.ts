// A result's specification: what a member asks the server to check. It is data only (an
// experiment of the registry, bounded parameters, seeds and claims); normalization fills the
// parameter defaults and sorts the seeds so that two submissions asking the same thing have the
// same content hash, whatever order or omissions they were written with.
import { createHash } from "node:crypto";
import { z } from "@/lib/zod";
import { experiments } from "@/lib/experiments/registry";
import { parseParams } from "@/lib/experiments/params";
import type { Experiment } from "@/lib/experiments/types";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { claimSchema, type Claim } from "./claims";

export const MAX_SEEDS = 10;
export const MAX_CLAIMS = 10;
/** Total work of one check (every seed) in FLOPs: ten seeds of any experiment's defaults fit. */
export const MAX_CHECK_FLOPS = 1e12;
const MAX_SEED = 0xffffffff;

/** The shape of a submitted spec; what it means is checked against the registry afterwards. */
export const specInputSchema = z.strictObject({
  experiment: z.string().min(1).max(100),
  // zod's record drops a "__proto__" key rather than assigning it (tests/integration/results/api.test.ts).
  params: z.record(z.string().max(100), z.unknown()).default({}),
  seeds: z.array(z.int().min(0).max(MAX_SEED)).min(1).max(MAX_SEEDS),
  claims: z.array(claimSchema).min(1).max(MAX_CLAIMS),
});
export type SpecInput = z.input<typeof specInputSchema>;

export interface NormalizedSpec {
  experiment: string;
  params: Record<string, unknown>;
  seeds: number[];
  claims: Claim[];
}

export interface CheckedSpec {
  spec: NormalizedSpec;
  experiment: Experiment;
  hash: string;
  /** Work of the whole check: cost() of one run times the number of seeds. */
  cost: { steps: number; flops: number };
}

export type SpecCheck = { ok: true; value: CheckedSpec } | { ok: false; fieldErrors: FieldErrors };

/** The experiment a spec names: an exact `slug@version` of the registry (results pin a version). */
export function experimentById(id: string): Experiment | undefined {
  return experiments.find((e) => e.id === id);
}

/**
 * Checks a spec of the right shape against the registry: the experiment and version exist, every
 * parameter is known and in range, seeds are distinct, claims name observables of the experiment,
 * and the work is under the cap. Errors are keyed by field ("params.steps", "claims.1.observable").
 */
export function checkSpec(input: z.output<typeof specInputSchema>): SpecCheck {
  const experiment = experimentById(input.experiment);
  if (!experiment) {
    const slug = input.experiment.split("@")[0];
    const current = experiments.find((e) => e.slug === slug);
    const message = current
      ? `${input.experiment} is not a version the server runs; the current one is ${current.id}.`
      : `No experiment ${JSON.stringify(input.experiment)}; known: ${experiments.map((e) => e.id).join(", ")}.`;
    return { ok: false, fieldErrors: { experiment: [message] } };
  }
  const errors: FieldErrors = {};
  const params = parseParams(experiment, input.params);
  if (!params.ok) for (const e of params.errors) (errors[`params.${e.param}`] ??= []).push(e.message);
  const seeds = [...input.seeds].sort((a, b) => a - b);
  if (seeds.some((s, i) => i > 0 && s === seeds[i - 1])) errors.seeds = ["Each seed may appear once."];
  const keys = new Set(experiment.observables.map((o) => o.key));
  input.claims.forEach((c, i) => {
    if (!keys.has(c.observable)) {
      (errors[`claims.${i}.observable`] ??= []).push(`${experiment.id} has no observable ${JSON.stringify(c.observable)}; it has ${[...keys].join(", ")}.`);
    }
  });
  if (!params.ok || Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  const one = experiment.cost(params.params);
  const cost = { steps: one.steps * seeds.length, flops: one.flops * seeds.length };
  if (cost.flops > MAX_CHECK_FLOPS) {
    return {
      ok: false,
      fieldErrors: { form: [`This check needs ${cost.flops.toExponential(2)} FLOPs, over the cap of ${MAX_CHECK_FLOPS.toExponential(0)}: use fewer seeds or smaller parameters.`] },
    };
  }
  const spec: NormalizedSpec = { experiment: experiment.id, params: params.params as Record<string, unknown>, seeds, claims: input.claims };
  return { ok: true, value: { spec, experiment, hash: specHash(spec), cost } };
}

/** JSON with object keys sorted at every level: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** sha256 of the normalized spec's canonical JSON, hex. */
export function specHash(spec: NormalizedSpec): string {
  return createHash("sha256").update(canonicalJson(spec)).digest("hex");
}
