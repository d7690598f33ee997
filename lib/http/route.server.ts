import "server-only";
// The one way to write a JSON route handler. Every route states what it needs — who may call
// it, the shape of its body, path and query, a body-size cap, rate limits — and gets typed,
// validated input; expected failures come back as values and are mapped to statuses here.
//
// Order of checks: cross-site (mutations) → viewer → rate limits → path → query → body →
// handler. A refusal never reaches the service, so nothing is written for a refused request.
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { forbidden, httpStatus, parseInput, rateLimited, unauthorized, type Failure } from "@/lib/errors";
import { hasRole } from "@/lib/policy";
import type { Viewer } from "@/lib/auth/viewer.server";
import { viewerFromCookieHeader } from "@/lib/auth/session-cookie.server";
import { bearerToken, viewerFromApiToken } from "@/lib/auth/api-tokens.server";
import { clientAddress } from "@/lib/auth/client-ip";
import { consume } from "@/lib/rate-limit/consume.server";
import type { RateRule } from "@/lib/rate-limit/rules";
import { waitText } from "@/lib/rate-limit/wait-text";
import { siteOrigin } from "@/lib/env.server";
import { forgetLiveDocuments } from "@/lib/build/live-document-cache";
import { readJsonBody } from "./json-body.server";
import { crossSiteRefusal } from "./same-origin";

/**
 * "public": anyone, viewer may be null; "viewer": signed in; a role: signed in with at least it;
 * "viewer-or-token": signed in, or an `Authorization: Bearer` API token (lib/auth/api-tokens).
 * A request that carries a bearer token is judged by the token alone (its cookies are ignored),
 * and needs no same-origin Origin: a browser never adds the header on its own, so another site
 * cannot borrow it the way it can borrow a cookie.
 */
export type AuthRequirement = "public" | "viewer" | "viewer-or-token" | Role;

export interface RateLimit {
  rule: RateRule;
  /** Whose counter: the signed-in member's, or the client address's. */
  per: "viewer" | "address";
}

interface Options<A extends AuthRequirement, B extends z.ZodType | undefined, P extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  auth: A;
  body?: B;
  params?: P;
  query?: Q;
  /** Largest accepted body in bytes (default 16 KiB). */
  maxBodyBytes?: number;
  rateLimits?: RateLimit[];
  /**
   * "allow" only for endpoints that browsers or mail clients call from elsewhere by design (CSP
   * violation reports, one-click unsubscribe) and that change nothing a session cookie authorizes.
   */
  crossSite?: "refuse" | "allow";
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteContext<A extends AuthRequirement, B, P, Q> {
  request: Request;
  viewer: A extends "public" ? Viewer | null : Viewer;
  body: Out<B>;
  params: Out<P>;
  query: Out<Q>;
  address: string | null;
}

type Segment = { params: Promise<Record<string, string | string[]>> };
export type RouteHandler = (request: Request, segment: Segment) => Promise<Response>;

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;
const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function json(data: unknown, status = 200): NextResponse {
  return NextResponse.json(data, { status });
}

export function noContent(): NextResponse {
  return new NextResponse(null, { status: 204 });
}

export function errorResponse(status: number, message: string, fieldErrors?: Record<string, string[]>): NextResponse {
  return NextResponse.json({ error: message, ...(fieldErrors && { fieldErrors }) }, { status });
}

export function failureResponse(failure: Failure): NextResponse {
  const status = httpStatus(failure);
  if (failure.code === "conflict") {
    return NextResponse.json({ error: "This conflicts with what is already stored.", fieldErrors: failure.fieldErrors, ...failure.details }, { status });
  }
  if ("fieldErrors" in failure) return errorResponse(status, "Some fields need attention.", failure.fieldErrors);
  const response = errorResponse(status, failure.message);
  if (failure.code === "rate-limited") response.headers.set("Retry-After", String(failure.retryAfterSeconds));
  return response;
}

export function route<A extends AuthRequirement, B extends z.ZodType | undefined = undefined, P extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
  options: Options<A, B, P, Q>,
  handler: (context: RouteContext<A, B, P, Q>) => Promise<Response | Failure>,
): RouteHandler {
  return async (request, segment) => {
    try {
      const outcome = await prepare(options, request, segment);
      if (outcome instanceof Response) return outcome;
      const result = await handler(outcome as unknown as RouteContext<A, B, P, Q>);
      const response = result instanceof Response ? result : failureResponse(result);
      // What was written may be on a page a signed-out reader has cached (lib/build/live-document-cache).
      if (MUTATING.has(request.method) && response.status < 400) forgetLiveDocuments();
      return response;
    } catch (error) {
      // Never leak internals: the detail goes to the server log, the client gets a calm line.
      console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed:`, error);
      return errorResponse(500, "Something went wrong on our side. Try again in a moment; if it keeps happening, tell us.");
    }
  };
}

interface Prepared {
  request: Request;
  viewer: Viewer | null;
  body: unknown;
  params: unknown;
  query: unknown;
  address: string | null;
}

async function prepare(
  options: Options<AuthRequirement, z.ZodType | undefined, z.ZodType | undefined, z.ZodType | undefined>,
  request: Request,
  segment: Segment,
): Promise<Response | Prepared> {
  const token = options.auth === "viewer-or-token" ? bearerToken(request.headers.get("authorization")) : null;
  if (MUTATING.has(request.method) && options.crossSite !== "allow" && token === null) {
    const refusal = crossSiteRefusal(request.headers.get("origin"), siteOrigin());
    if (refusal) return errorResponse(403, refusal);
  }

  const viewer = token !== null ? await viewerFromApiToken(token) : await viewerFromCookieHeader(request.headers.get("cookie"));
  if (options.auth !== "public") {
    if (!viewer) return failureResponse(unauthorized(token !== null ? "This API token is not valid (unknown or revoked)." : undefined));
    if (options.auth !== "viewer" && options.auth !== "viewer-or-token" && !hasRole(viewer, options.auth)) {
      return failureResponse(forbidden("You do not have permission to do this."));
    }
  }

  const address = clientAddress(request.headers);
  for (const { rule, per } of options.rateLimits ?? []) {
    const subject = per === "viewer" ? (viewer ? `user:${viewer.id}` : null) : address ? `ip:${address}` : null;
    if (!subject) continue;
    const counted = await consume(rule, subject);
    if (!counted.allowed) return failureResponse(rateLimited(`${rule.message} Try again in ${waitText(counted.retryAfterSeconds)}.`, counted.retryAfterSeconds));
  }

  const params = options.params ? parseInput(options.params, await segment.params) : { ok: true as const, value: undefined };
  if (!params.ok) return errorResponse(404, "Not found.");

  const query = options.query ? parseInput(options.query, Object.fromEntries(new URL(request.url).searchParams)) : { ok: true as const, value: undefined };
  if (!query.ok) return failureResponse(query);

  let body: unknown;
  if (options.body) {
    const raw = await readJsonBody(request, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
    if (!raw.ok) return errorResponse(raw.status, raw.message, raw.fieldErrors);
    const parsed = parseInput(options.body, raw.body);
    if (!parsed.ok) return failureResponse(parsed);
    body = parsed.value;
  }

  return { request, viewer, body, params: params.value, query: query.value, address };
}
