// Validates user-supplied parameters against an experiment's zod schema, with messages that
// name the parameter and its allowed range or type, so the CLI and API can echo them verbatim.
import { z } from "zod";
import type { Experiment } from "./types";

export interface ParamError {
  param: string;
  message: string;
}

export type ParseResult<P> = { ok: true; params: P } | { ok: false; errors: ParamError[] };

export function parseParams<S extends z.ZodObject<z.ZodRawShape>>(
  exp: Experiment<S>,
  raw: unknown,
): ParseResult<z.infer<S>> {
  const shape = exp.params.shape;
  const input = raw ?? {};
  if (typeof input !== "object" || Array.isArray(input)) {
    return { ok: false, errors: [{ param: "(params)", message: "params must be an object of name: value pairs" }] };
  }
  const allowed = Object.keys(shape);
  const errors: ParamError[] = Object.keys(input)
    .filter((k) => !(k in shape))
    .map((k) => ({ param: k, message: `unknown parameter ${k} (allowed: ${allowed.join(", ")})` }));

  const result = exp.params.safeParse(input);
  if (!result.success) {
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      const param = String(issue.path[0] ?? "(params)");
      if (seen.has(param)) continue;
      seen.add(param);
      const field = shape[param];
      const got = (input as Record<string, unknown>)[param];
      errors.push({
        param,
        message: field
          ? `${param} must be ${describeSchema(field)} (got ${JSON.stringify(got)})`
          : `${param}: ${issue.message}`,
      });
    }
  }
  if (errors.length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, params: result.data };
}

/** Human description of what a field accepts, e.g. "an integer between 1 and 10". */
export function describeSchema(schema: z.core.$ZodType): string {
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional) {
    return describeSchema(schema.unwrap() as z.core.$ZodType);
  }
  if (schema instanceof z.ZodNumber) {
    const noun = schema.isInt ? "an integer" : "a number";
    const lo = finiteBound(schema.minValue, schema.isInt);
    const hi = finiteBound(schema.maxValue, schema.isInt);
    if (lo !== null && hi !== null) return `${noun} between ${lo} and ${hi}`;
    if (lo !== null) return `${noun} ≥ ${lo}`;
    if (hi !== null) return `${noun} ≤ ${hi}`;
    return noun;
  }
  if (schema instanceof z.ZodEnum) return `one of ${schema.options.map((o) => JSON.stringify(o)).join(", ")}`;
  if (schema instanceof z.ZodBoolean) return "true or false";
  if (schema instanceof z.ZodArray) {
    const { minimum, maximum } = schema._zod.bag as { minimum?: number; maximum?: number };
    const count =
      minimum !== undefined && maximum !== undefined
        ? `${minimum} to ${maximum} items`
        : minimum !== undefined
          ? `at least ${minimum} items`
          : maximum !== undefined
            ? `at most ${maximum} items`
            : "items";
    return `a list of ${count}, each ${describeSchema(schema.element as z.core.$ZodType)}`;
  }
  return `a valid ${schema._zod.def.type}`;
}

/** zod reports ±MAX_SAFE_INTEGER / ±Infinity for an int or number without an explicit bound. */
function finiteBound(v: number | null, isInt: boolean | null): number | null {
  if (v === null || !Number.isFinite(v)) return null;
  if (isInt && Math.abs(v) >= Number.MAX_SAFE_INTEGER) return null;
  return v;
}
