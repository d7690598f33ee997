// Expected failures travel as values; this maps them to HTTP statuses in one place.
import type { FieldErrors } from "./validation/user";

export type Failure =
  | { ok: false; code: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; code: "conflict"; fieldErrors: FieldErrors }
  | { ok: false; code: "unauthorized"; message: string }
  | { ok: false; code: "forbidden"; message: string }
  | { ok: false; code: "not-found"; message: string }
  | { ok: false; code: "rate-limited"; message: string; retryAfterSeconds: number };

export type Result<T> = ({ ok: true } & T) | Failure;

const statusOf: Record<Failure["code"], number> = {
  invalid: 400,
  conflict: 400,
  unauthorized: 401,
  forbidden: 403,
  "not-found": 404,
  "rate-limited": 429,
};

export function httpStatus(failure: Failure): number {
  return statusOf[failure.code];
}

export function invalid(fieldErrors: FieldErrors): Failure {
  return { ok: false, code: "invalid", fieldErrors };
}
