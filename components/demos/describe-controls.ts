// Reads an experiment's zod schema into serializable control descriptions (server side only:
// the browser gets the result as props and never loads zod on the main thread).
import { z } from "@/lib/zod";
import type { Experiment } from "@/lib/experiments/types";
import { describeSchema } from "@/lib/experiments/params";
import { capitalize, humanizeKey } from "./format";
import type { ControlSpec, DemoSpec, ParamKind, ParamValues } from "./types";

/** A number range spanning this ratio or more gets a logarithmic slider. */
const LOG_RATIO = 100;

/** Common short names whose humanized form would read badly. */
const LABELS: Record<string, string> = {
  lr: "Learning rate η",
  learningRate: "Learning rate η",
  a0: "Initial scale a₀",
  steps: "Training steps",
  init: "Initialisation",
};

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  return schema instanceof z.ZodDefault || schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.core.$ZodType) : schema;
}

/** zod reports ±MAX_SAFE_INTEGER / ±Infinity for a number without an explicit bound. */
function bound(v: number | null): number | undefined {
  return v === null || !Number.isFinite(v) || Math.abs(v) >= Number.MAX_SAFE_INTEGER ? undefined : v;
}

function multipleOf(schema: z.ZodNumber): number | undefined {
  const checks = (schema._zod.def as { checks?: { _zod: { def: { check: string; value?: number } } }[] }).checks ?? [];
  return checks.map((c) => c._zod.def).find((d) => d.check === "multiple_of")?.value;
}

function label(key: string, schema: z.core.$ZodType): string {
  const described = (schema as { description?: string }).description;
  return described ?? LABELS[key] ?? capitalize(humanizeKey(key));
}

export function paramKind(schema: z.core.$ZodType): ParamKind {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodNumber) return "number";
  if (inner instanceof z.ZodBoolean) return "boolean";
  if (inner instanceof z.ZodArray) return "list";
  return "string";
}

/**
 * A range that starts at 0 but whose default sits decades below its maximum (a ridge of 1e-3 in
 * [0, 1]) gets a log slider from a tenth of the default's decade, with 0 at the far left.
 */
function logFloor(min: number, max: number, fallback: unknown): number | undefined {
  if (min !== 0 || typeof fallback !== "number" || !(fallback > 0) || max / fallback < LOG_RATIO) return undefined;
  return 10 ** (Math.floor(Math.log10(fallback)) - 1);
}

export function describeControl(key: string, schema: z.core.$ZodType, fallback?: unknown): ControlSpec {
  const inner = unwrap(schema);
  const base = { key, label: label(key, schema) };
  if (inner instanceof z.ZodNumber) {
    const min = bound(inner.minValue);
    const max = bound(inner.maxValue);
    const int = !!inner.isInt;
    const step = multipleOf(inner);
    if (min === undefined || max === undefined) return { ...base, kind: "number", min, max, int, multipleOf: step };
    const floor = logFloor(min, max, fallback);
    const log = floor !== undefined || (min > 0 && max / min >= LOG_RATIO);
    return { ...base, kind: "slider", min, max, int, multipleOf: step, log, logFloor: floor };
  }
  if (inner instanceof z.ZodEnum) return { ...base, kind: "select", options: inner.options.map(String) };
  if (inner instanceof z.ZodBoolean) return { ...base, kind: "checkbox" };
  // Lists (e.g. a width sweep) and anything else: free text, validated by the experiment's schema.
  return { ...base, kind: "list", hint: `${describeSchema(schema)}, separated by commas` };
}

export function demoSpec(exp: Experiment): DemoSpec {
  const shape = exp.params.shape as Record<string, z.core.$ZodType>;
  const defaults = exp.params.parse({}) as ParamValues;
  return {
    id: exp.id,
    slug: exp.slug,
    title: exp.title,
    controls: exp.controls.map((key) => describeControl(key, shape[key], defaults[key])),
    paramKinds: Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, paramKind(s)])),
    defaults,
    plots: exp.plots,
    observables: exp.observables,
    defaultSeeds: exp.defaultSeeds,
  };
}
