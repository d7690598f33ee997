// Validates user-supplied parameters against an experiment's zod schema, with messages that
// name the parameter and its allowed range or type, so the CLI and API can echo them verbatim.
import { z } from "@/lib/zod";
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
  if (schema instanceof z.ZodNumber) return describeNumber(schema);
  if (schema instanceof z.ZodEnum) return `one of ${schema.options.map((o) => JSON.stringify(o)).join(", ")}`;
  if (schema instanceof z.ZodBoolean) return "true or false";
  if (schema instanceof z.ZodArray) {
    const checks = checkDefs(schema);
    const min = checks.find((c) => c.check === "min_length")?.minimum;
    const max = checks.find((c) => c.check === "max_length")?.maximum;
    const exact = checks.find((c) => c.check === "length_equals")?.length;
    const count =
      exact !== undefined
        ? `exactly ${exact} items`
        : min !== undefined && max !== undefined
          ? `${min} to ${max} items`
          : min !== undefined
            ? `at least ${min} items`
            : max !== undefined
              ? `at most ${max} items`
              : "items";
    return `a list of ${count}, each ${describeSchema(schema.element as z.core.$ZodType)}`;
  }
  return `a valid ${schema._zod.def.type}`;
}

interface CheckDef {
  check: string;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  length?: number;
}

/** The refinements zod 4 records on a schema (bounds, lengths, formats). */
function checkDefs(schema: z.core.$ZodType): CheckDef[] {
  const checks = (schema._zod.def as { checks?: { _zod: { def: CheckDef } }[] }).checks ?? [];
  return checks.map((c) => c._zod.def);
}

function describeNumber(schema: z.ZodNumber): string {
  const noun = schema.isInt ? "an integer" : "a number";
  const checks = checkDefs(schema);
  const lo = checks.find((c) => c.check === "greater_than");
  const hi = checks.find((c) => c.check === "less_than");
  if (lo && hi && lo.inclusive && hi.inclusive) return `${noun} between ${lo.value} and ${hi.value}`;
  const parts = [
    lo && `${lo.inclusive ? "≥" : ">"} ${lo.value}`,
    hi && `${hi.inclusive ? "≤" : "<"} ${hi.value}`,
  ].filter(Boolean);
  return parts.length ? `${noun} ${parts.join(" and ")}` : noun;
}
