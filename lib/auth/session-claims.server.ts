// What a session token carries, and the check every request makes of it against the database:
// a deleted user, or a token older than the last password change or sign-out-everywhere, no
// longer counts as signed in. next-auth's jwt callback and the request-side viewer lookup use
// this one function, so pages, route handlers and /api/auth/session agree.
import { db } from "@/lib/db/client.server";
import type { SessionUser } from "./session-user";

export interface SessionClaims {
  uid?: string;
  tv?: number;
}

export async function userForClaims(claims: SessionClaims): Promise<SessionUser | null> {
  if (!claims.uid || typeof claims.tv !== "number") return null;
  const user = await db().user.findUnique({ where: { id: claims.uid }, select: { id: true, tokenVersion: true, name: true, handle: true, role: true } });
  if (!user || user.tokenVersion !== claims.tv) return null;
  return { id: user.id, name: user.name, handle: user.handle, role: user.role };
}
