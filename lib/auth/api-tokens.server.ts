import "server-only";
// Personal API tokens for the JSON API: random, shown once, stored as their sha256 only (they are
// long random strings, so a fast hash is enough). A revoked or unknown token is refused (401).
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client.server";
import type { Viewer } from "./session-user";

const PREFIX = "lmh_";
export const MAX_TOKENS_PER_MEMBER = 20;

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createApiToken(userId: string, name: string): Promise<{ id: string; token: string } | "too-many"> {
  const token = PREFIX + randomBytes(32).toString("base64url");
  return db().$transaction(async (tx) => {
    const live = await tx.apiToken.count({ where: { userId, revokedAt: null } });
    if (live >= MAX_TOKENS_PER_MEMBER) return "too-many" as const;
    const row = await tx.apiToken.create({ data: { userId, name, tokenHash: hashOf(token), prefix: token.slice(0, PREFIX.length + 6) } });
    return { id: row.id, token };
  });
}

export function listApiTokens(userId: string) {
  return db().apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** Revokes one of the member's own tokens; false when there is no such live token. */
export async function revokeApiToken(userId: string, id: string): Promise<boolean> {
  const { count } = await db().apiToken.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}

/** The bearer token of an Authorization header, or null when the header is not a bearer one. */
export function bearerToken(header: string | null): string | null {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match ? match[1] : null;
}

/** The member a live token belongs to (not suspended), or null. Records when it was last used. */
export async function viewerFromApiToken(token: string, now = new Date()): Promise<Viewer | null> {
  if (!token.startsWith(PREFIX) || token.length > 100) return null;
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashOf(token) },
    select: { id: true, revokedAt: true, user: { select: { id: true, name: true, handle: true, role: true, createdAt: true, suspendedUntil: true, silencedUntil: true } } },
  });
  if (!row || row.revokedAt) return null;
  const { user } = row;
  if (user.suspendedUntil && user.suspendedUntil > now) return null;
  await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  const silencedUntil = user.silencedUntil && user.silencedUntil > now ? user.silencedUntil : null;
  return { id: user.id, name: user.name, handle: user.handle, role: user.role, joinedAt: user.createdAt, silencedUntil };
}
