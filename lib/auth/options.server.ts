import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { readEnv } from "@/lib/env.server";
import { authenticateWithPassword } from "@/lib/users/authenticate.server";
import { userForOAuth } from "@/lib/users/oauth-user.server";
import { db } from "@/lib/db/client.server";
import { orcidProvider } from "./orcid-provider";
import { CLIENT_IP_HEADER } from "./client-ip";
import { SUSPENDED_PREFIX, THROTTLED_PREFIX } from "./sign-in-codes";
import type { SessionUser } from "./session-user";
import { openSession, revokeSession, SESSION_IDLE_SECONDS, userForClaims, type SessionClaims } from "./session-claims.server";
import { takeLinkIntent } from "./link-intent.server";
import { safeCallbackUrl } from "./callback-url";
import { linkIdentity } from "@/lib/users/link-identity.server";
import { absoluteUrl } from "@/lib/content/site-url.server";


function providers(): NextAuthOptions["providers"] {
  const env = readEnv();
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "E-mail and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const ip = (req.headers?.[CLIENT_IP_HEADER] as string | undefined) ?? null;
        const outcome = await authenticateWithPassword(credentials, ip);
        if (outcome.ok) return { id: outcome.user.id };
        if (outcome.reason === "throttled") throw new Error(`${THROTTLED_PREFIX}${outcome.retryAfterSeconds}`);
        if (outcome.reason === "suspended") throw new Error(`${SUSPENDED_PREFIX}${outcome.until.toISOString()}`);
        return null;
      },
    }),
  ];
  if (env.GITHUB_ID && env.GITHUB_SECRET) {
    list.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  }
  if (env.ORCID_CLIENT_ID && env.ORCID_CLIENT_SECRET) {
    list.push(orcidProvider({ issuer: env.ORCID_ISSUER ?? "https://orcid.org", clientId: env.ORCID_CLIENT_ID, clientSecret: env.ORCID_CLIENT_SECRET }));
  }
  return list;
}

export function oauthProviders(): { id: string; name: string }[] {
  return providers()
    .filter((p) => p.id !== "credentials")
    .map((p) => ({ id: p.id, name: p.name }));
}

export const authOptions: NextAuthOptions = {
  get providers() {
    return providers();
  },
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/signin", error: "/signin" },
  callbacks: {
    async signIn({ user, account }) {
      if (!account || account.provider === "credentials") return true;
      const identity = {
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        email: user.email,
        name: user.name,
        orcid: (user as { orcid?: string | null }).orcid,
      };
      // A signed-in member asked to link this provider: attach it, keep the current session.
      const linkingUser = await takeLinkIntent(account.provider);
      if (linkingUser) return absoluteUrl(`/account?link=${await linkIdentity(linkingUser, identity)}&provider=${encodeURIComponent(account.provider)}`);
      const outcome = await userForOAuth(identity);
      if (!outcome.ok) return "/signin?error=EmailTaken";
      return outcome.user.suspendedUntil && outcome.user.suspendedUntil > new Date() ? `/signin?error=${SUSPENDED_PREFIX}${outcome.user.suspendedUntil.toISOString()}` : true;
    },
    async jwt({ token, user, account }) {
      if (account && user) {
        const owner =
          account.provider === "credentials"
            ? await db().user.findUnique({ where: { id: user.id }, select: { id: true, tokenVersion: true } })
            : (await db().account.findUnique({
                where: { provider_providerAccountId: { provider: account.provider, providerAccountId: account.providerAccountId } },
                select: { user: { select: { id: true, tokenVersion: true } } },
              }))?.user;
        return owner ? { uid: owner.id, tv: owner.tokenVersion, sid: await openSession(owner.id) } : {};
      }
      if (!token.uid) return token;
      const current = await userForClaims(token);
      // The display fields ride along so the header can show them from /api/auth/session.
      return current ? { uid: token.uid, tv: token.tv, sid: token.sid, name: current.name, handle: current.handle, role: current.role } : {};
    },
    async session({ session, token }) {
      const user: SessionUser | null = token.uid ? { id: token.uid, name: token.name ?? "", handle: token.handle ?? "", role: token.role ?? "MEMBER" } : null;
      return { expires: session.expires, user } as unknown as typeof session;
    },
    redirect({ url, baseUrl }) {
      // Only ever send people back to this site, and only to a clean path on it.
      const origin = new URL(baseUrl).origin;
      const relative = url.startsWith(origin) ? url.slice(origin.length) || "/" : url;
      return `${origin}${safeCallbackUrl(relative, origin)}`;
    },
  },
  events: {
    // Signing out ends this session on the server too: replaying the old cookie no longer works.
    async signOut({ token }) {
      await revokeSession((token as SessionClaims | null)?.sid);
    },
  },
};
