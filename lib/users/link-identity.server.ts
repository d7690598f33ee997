// Attaches an OAuth identity to an existing account at its owner's request (link-intent). An
// ORCID identity also sets the account's ORCID iD: the only way an iD gets onto a profile.
import { db } from "@/lib/db/client.server";
import type { OAuthIdentity } from "./oauth-user.server";

export type LinkOutcome = "linked" | "already-linked" | "taken" | "no-account";

export async function linkIdentity(userId: string, identity: OAuthIdentity): Promise<LinkOutcome> {
  const { provider, providerAccountId } = identity;
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) return "no-account";
    const existing = await tx.account.findUnique({ where: { provider_providerAccountId: { provider, providerAccountId } }, select: { userId: true } });
    if (existing) return existing.userId === userId ? "already-linked" : "taken";
    await tx.account.create({ data: { userId, provider, providerAccountId } });
    if (identity.orcid) await tx.user.update({ where: { id: userId }, data: { orcid: identity.orcid } });
    return "linked";
  });
}
