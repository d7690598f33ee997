// Calls App Router route handlers in-process with real Requests: the same wrapper, cookies,
// database and status mapping as the running site, without starting a server.
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db/client.server";
import { openSession } from "@/lib/auth/session-claims.server";
import type { RouteHandler } from "@/lib/http/route.server";

export const SITE = "http://localhost:3000";

/** A session cookie as next-auth would set it after signing this user in. */
export async function sessionCookie(userId: string): Promise<string> {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { tokenVersion: true } });
  const token = await encode({ token: { uid: userId, tv: user.tokenVersion, sid: await openSession(userId) }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

export interface Call {
  method?: string;
  path?: string;
  body?: unknown;
  /** Sent as is, instead of JSON.stringify(body). */
  rawBody?: string;
  cookie?: string;
  /** Sent as the Authorization header (e.g. "Bearer lmh_…"). */
  authorization?: string;
  /** null: no Origin header. */
  origin?: string | null;
  contentType?: string;
  params?: Record<string, string>;
  address?: string;
}

export interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  headers: Headers;
}

export async function call(handler: RouteHandler, c: Call = {}): Promise<Answer> {
  const headers = new Headers();
  const origin = c.origin === undefined ? SITE : c.origin;
  if (origin !== null) headers.set("origin", origin);
  if (c.cookie) headers.set("cookie", c.cookie);
  if (c.authorization) headers.set("authorization", c.authorization);
  if (c.address) headers.set("x-lmh-client-ip", c.address);
  const payload = c.rawBody ?? (c.body === undefined ? undefined : JSON.stringify(c.body));
  if (payload !== undefined) headers.set("content-type", c.contentType ?? "application/json");
  const request = new Request(new URL(c.path ?? "/api/test", SITE), { method: c.method ?? "POST", headers, body: payload });
  const response = await handler(request, { params: Promise.resolve(c.params ?? {}) });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  return { status: response.status, body, headers: response.headers };
}
