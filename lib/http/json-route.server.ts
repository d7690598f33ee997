import "server-only";
// Shared plumbing for JSON route handlers: same-origin check on mutations (next-auth's CSRF
// token covers only its own routes), body parsing, and one mapping from results to statuses.
import { NextResponse } from "next/server";
import { httpStatus, type Failure } from "@/lib/errors";
import { getViewer, type Viewer } from "@/lib/auth/viewer.server";

export function jsonError(status: number, message: string, fieldErrors?: Record<string, string[]>) {
  return NextResponse.json({ error: message, ...(fieldErrors && { fieldErrors }) }, { status });
}

function crossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("host");
  if (!origin || !host) return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export async function readJsonBody(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: NextResponse }> {
  if (crossSite(request)) return { ok: false, response: jsonError(403, "Cross-site requests are not accepted.") };
  if (!request.headers.get("content-type")?.includes("application/json")) {
    return { ok: false, response: jsonError(415, "Send the body as application/json.") };
  }
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return { ok: false, response: jsonError(400, "The body is not valid JSON.") };
  }
}

export async function requireViewerForApi(): Promise<{ ok: true; viewer: Viewer } | { ok: false; response: NextResponse }> {
  const viewer = await getViewer();
  return viewer ? { ok: true, viewer } : { ok: false, response: jsonError(401, "Sign in first.") };
}

export function failureResponse(failure: Failure): NextResponse {
  const status = httpStatus(failure);
  if ("fieldErrors" in failure) return jsonError(status, "Some fields need attention.", failure.fieldErrors);
  const response = jsonError(status, failure.message);
  if (failure.code === "rate-limited") response.headers.set("Retry-After", String(failure.retryAfterSeconds));
  return response;
}
