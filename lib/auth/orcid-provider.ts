// ORCID speaks OpenID Connect: the iD is the `sub` claim. ORCID_ISSUER exists so tests can
// point the same provider at a local OpenID Connect server.
import type { OAuthConfig } from "next-auth/providers/oauth";
import { isOrcidId } from "@/lib/validation/orcid";

interface OrcidClaims {
  sub: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  email?: string;
}

export function orcidProvider(opts: { issuer: string; clientId: string; clientSecret: string }): OAuthConfig<OrcidClaims> {
  const issuer = opts.issuer.replace(/\/$/, "");
  return {
    id: "orcid",
    name: "ORCID",
    type: "oauth",
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    authorization: { params: { scope: "openid" } },
    idToken: true,
    checks: ["pkce", "state"],
    clientId: opts.clientId,
    clientSecret: opts.clientSecret,
    profile(claims) {
      const name = claims.name ?? [claims.given_name, claims.family_name].filter(Boolean).join(" ");
      return { id: claims.sub, name: name || null, email: claims.email ?? null, orcid: isOrcidId(claims.sub) ? claims.sub : null };
    },
  };
}
