// Linking an OAuth identity (ORCID, GitHub) to the signed-in account. The account page asks
// for it with an authenticated same-origin POST, which sets this short-lived, signed, httpOnly
// cookie; when the provider sends the member back, next-auth's signIn callback finds the cookie
// and attaches the identity to that account instead of signing anyone in.
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { readEnv, siteOrigin } from "@/lib/env.server";

const COOKIE = "lmh-link-intent";
const SALT = "lmh-link-intent";
const MAX_AGE_SECONDS = 600;

const secret = () => readEnv().NEXTAUTH_SECRET ?? "";

export async function setLinkIntent(userId: string, provider: string): Promise<void> {
  const value = await encode({ token: { uid: userId, provider }, secret: secret(), salt: SALT, maxAge: MAX_AGE_SECONDS });
  (await cookies()).set(COOKIE, value, { httpOnly: true, sameSite: "lax", secure: siteOrigin().startsWith("https:"), path: "/api/auth", maxAge: MAX_AGE_SECONDS });
}

/** The account that asked to link `provider`, consuming the intent; null when there is none. */
export async function takeLinkIntent(provider: string): Promise<string | null> {
  const jar = await cookies();
  const raw = jar.get(COOKIE)?.value;
  if (!raw) return null;
  jar.delete({ name: COOKIE, path: "/api/auth" });
  try {
    const claims = (await decode({ token: raw, secret: secret(), salt: SALT })) as { uid?: string; provider?: string } | null;
    return claims?.provider === provider && claims.uid ? claims.uid : null;
  } catch {
    return null;
  }
}
