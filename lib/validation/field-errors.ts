// Field-level messages, keyed by the dotted path of the field ("form" for the whole input), as
// forms show them next to their inputs and JSON clients read them.
import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
