// Expected failures travel as values (services return them, never throw them); this module
// names them and maps them to HTTP statuses in one place.
import type { z } from "zod";
import { fieldErrorsOf, type FieldErrors } from "./validation/field-errors";

export type Failure =
  | { ok: false; code: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; code: "conflict"; fieldErrors: FieldErrors; details?: Record<string, unknown> }
  | { ok: false; code: "unauthorized"; message: string }
  | { ok: false; code: "forbidden"; message: string }
  | { ok: false; code: "not-found"; message: string }
  | { ok: false; code: "rate-limited"; message: string; retryAfterSeconds: number };

export type Result<T> = ({ ok: true } & T) | Failure;

const statusOf: Record<Failure["code"], number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "rate-limited": 429,
};

export function httpStatus(failure: Failure): number {
  return statusOf[failure.code];
}

export const invalid = (fieldErrors: FieldErrors): Failure => ({ ok: false, code: "invalid", fieldErrors });
/** `details` travel with the 409 (a stale edit sends the other text, so nothing typed is lost). */
export const conflict = (fieldErrors: FieldErrors, details?: Record<string, unknown>): Failure => ({ ok: false, code: "conflict", fieldErrors, ...(details && { details }) });
export const unauthorized = (message = "Sign in first."): Failure => ({ ok: false, code: "unauthorized", message });
export const forbidden = (message: string): Failure => ({ ok: false, code: "forbidden", message });
export const notFound = (message: string): Failure => ({ ok: false, code: "not-found", message });
export const rateLimited = (message: string, retryAfterSeconds: number): Failure => ({
  ok: false,
  code: "rate-limited",
  message,
  retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)),
});

/** Parses untrusted input with a shared schema: the typed value, or field errors (400). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Result<{ value: z.output<S> }> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : invalid(fieldErrorsOf(parsed.error));
}
