// What a session token carries, and the check every request makes of it against the database.
// A token stops signing anyone in when its session row is revoked (sign-out), past its absolute
// end, or gone; when the user is gone or its token version moved on (password change, sign-out
// everywhere, suspension); or while the member is suspended. next-auth's jwt callback and the
// request-side viewer lookup use this one function, so pages, route handlers and
// /api/auth/session always agree.
import { db } from "@/lib/db/client.server";
import type { Viewer } from "./session-user";

export interface SessionClaims {
  uid?: string;
  tv?: number;
  sid?: string;
}

/** A token is re-issued on use for this long (the idle lifetime)… */
export const SESSION_IDLE_SECONDS = 7 * 24 * 3600;
/** …but a session never lives longer than this from sign-in. */
export const SESSION_ABSOLUTE_SECONDS = 30 * 24 * 3600;

export async function openSession(userId: string): Promise<string> {
  const session = await db().session.create({ data: { userId, expiresAt: new Date(Date.now() + SESSION_ABSOLUTE_SECONDS * 1000) }, select: { id: true } });
  return session.id;
}

export async function revokeSession(sid: string | undefined): Promise<void> {
  if (sid) await db().session.updateMany({ where: { id: sid, revokedAt: null }, data: { revokedAt: new Date() } });
}

export async function userForClaims(claims: SessionClaims, now = new Date()): Promise<Viewer | null> {
  if (!claims.uid || typeof claims.tv !== "number" || !claims.sid) return null;
  const session = await db().session.findUnique({
    where: { id: claims.sid },
    select: { userId: true, revokedAt: true, expiresAt: true, user: { select: { id: true, tokenVersion: true, name: true, handle: true, role: true, createdAt: true, suspendedUntil: true, silencedUntil: true } } },
  });
  if (!session || session.revokedAt || session.expiresAt <= now || session.userId !== claims.uid) return null;
  const { user } = session;
  if (user.tokenVersion !== claims.tv) return null;
  // Suspension also bumps the token version; this keeps it in force for a token minted meanwhile.
  if (user.suspendedUntil && user.suspendedUntil > now) return null;
  const silencedUntil = user.silencedUntil && user.silencedUntil > now ? user.silencedUntil : null;
  return { id: user.id, name: user.name, handle: user.handle, role: user.role, joinedAt: user.createdAt, silencedUntil };
}
