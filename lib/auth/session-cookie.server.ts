// Reads the viewer straight from a request's cookies: the same cookie and the same checks as
// next-auth's session endpoint, but usable with any Request (route handlers, tests) and without
// next-auth's bearer-header fallback, which would confuse the API tokens that routes accept.
import { decode } from "next-auth/jwt";
import { readEnv, siteOrigin } from "@/lib/env.server";
import { userForClaims, type SessionClaims } from "./session-claims.server";
import type { Viewer } from "./session-user";

/** next-auth's cookie name: the __Secure- prefix when the site is served over https. */
export function sessionCookieName(origin = siteOrigin()): string {
  return origin.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

function parseCookies(header: string | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) out.set(part.slice(0, eq).trim(), decodeURIComponent(part.slice(eq + 1).trim()));
  }
  return out;
}

/** The token, re-joined when next-auth split it over `name.0`, `name.1`, … cookies. */
function sessionToken(cookies: Map<string, string>, name: string): string | null {
  if (cookies.has(name)) return cookies.get(name)!;
  const chunks = [...cookies.keys()].filter((k) => k.startsWith(`${name}.`)).sort((a, b) => Number(a.split(".").pop()) - Number(b.split(".").pop()));
  return chunks.length ? chunks.map((k) => cookies.get(k)).join("") : null;
}

export async function viewerFromCookieHeader(cookieHeader: string | null): Promise<Viewer | null> {
  const token = sessionToken(parseCookies(cookieHeader), sessionCookieName());
  const secret = readEnv().NEXTAUTH_SECRET;
  if (!token || !secret) return null;
  let claims: SessionClaims | null;
  try {
    claims = (await decode({ token, secret })) as SessionClaims | null;
  } catch {
    return null; // tampered, expired or signed with another secret
  }
  return claims ? userForClaims(claims) : null;
}
