import "server-only";
// Screening a post before it is stored: the new-account rules (lib/moderation/trust.ts) applied to
// the member's recent posts, read inside the writing transaction so two posts at once see each other.
import type { Prisma } from "@/lib/generated/prisma/client";
import { invalid, rateLimited, type Failure } from "@/lib/errors";
import { hasRole } from "@/lib/policy";
import type { Viewer } from "@/lib/auth/session-user";
import { decidePosting } from "./trust";
import { trust } from "./trust-settings.server";

const DAY_MS = 86_400_000;

/** Refused (400 links, 429 daily cap), or allowed, possibly held for approval with the reason. */
export async function screenPost(tx: Prisma.TransactionClient, viewer: Viewer, cookedHtml: string, now = new Date()): Promise<Failure | { ok: true; heldBecause: string | null }> {
  const staff = hasRole(viewer, "MODERATOR");
  const isNew = now.getTime() - viewer.joinedAt.getTime() < trust.newAccountHours * 3600 * 1000;
  if (staff || !isNew) return { ok: true, heldBecause: null };
  const recent = await tx.post.findMany({ where: { authorId: viewer.id, createdAt: { gt: new Date(now.getTime() - DAY_MS) } }, select: { createdAt: true } });
  const hasPostedBefore = recent.length > 0 || (await tx.post.count({ where: { authorId: viewer.id } })) > 0;
  const decision = decidePosting({ accountCreatedAt: viewer.joinedAt, staff, recentPostTimes: recent.map((p) => p.createdAt), hasPostedBefore, cookedHtml, now }, trust);
  if (decision.kind === "refuse") return decision.retryAfterSeconds ? rateLimited(decision.reason, decision.retryAfterSeconds) : invalid({ source: [decision.reason] });
  return { ok: true, heldBecause: decision.kind === "hold" ? decision.because : null };
}
