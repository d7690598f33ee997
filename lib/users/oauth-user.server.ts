// Finds or creates the user behind an OAuth identity. An identity is never attached to an
// existing account by e-mail alone (that would let whoever controls a provider account with
// your address take over your account); the user links providers while signed in.
import { db } from "@/lib/db/client.server";
import { emailSchema } from "@/lib/validation/user";
import { NAME_MAX } from "@/lib/validation/limits";
import { displayNameProblem, impersonatesStaff, normalizeDisplayName } from "@/lib/validation/display-name";
import { uniqueHandle } from "./handle.server";

export interface OAuthIdentity {
  provider: string;
  providerAccountId: string;
  email?: string | null;
  name?: string | null;
  orcid?: string | null;
}

/** A provider's name, if it passes the site's own rules for display names (else a neutral default). */
function providerName(raw: string | null | undefined): string | null {
  const name = normalizeDisplayName(raw ?? "").slice(0, NAME_MAX);
  return name && !displayNameProblem(name) && !impersonatesStaff(name) ? name : null;
}

export type OAuthOutcome = { ok: true; user: { id: string; tokenVersion: number; suspendedUntil: Date | null } } | { ok: false; reason: "email-taken" };

export async function userForOAuth(identity: OAuthIdentity): Promise<OAuthOutcome> {
  const { provider, providerAccountId } = identity;
  const linked = await db().account.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    select: { user: { select: { id: true, tokenVersion: true, suspendedUntil: true } } },
  });
  if (linked) return { ok: true, user: linked.user };

  const email = emailSchema.safeParse(identity.email ?? "").data ?? null;
  if (email && (await db().user.findUnique({ where: { email }, select: { id: true } }))) {
    return { ok: false, reason: "email-taken" };
  }
  const orcid = identity.orcid && !(await db().user.findUnique({ where: { orcid: identity.orcid }, select: { id: true } })) ? identity.orcid : null;
  const name = providerName(identity.name) ?? (orcid ? `ORCID ${orcid}` : "New member");
  const user = await db().user.create({
    data: { name, email, orcid, handle: await uniqueHandle(name), accounts: { create: { provider, providerAccountId } } },
    select: { id: true, tokenVersion: true, suspendedUntil: true },
  });
  return { ok: true, user };
}
