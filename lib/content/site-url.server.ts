import { port, readEnv } from "@/lib/env.server";

/**
 * The site's public origin for feeds, sitemaps and social cards. NEXTAUTH_URL is the one
 * setting that already names it (sign-in needs it too); without it, the local server's address.
 */
export function siteOrigin(): string {
  const env = readEnv();
  return new URL(env.NEXTAUTH_URL ?? `http://localhost:${port(env)}`).origin;
}

export function absoluteUrl(pathname: string): string {
  return new URL(pathname, siteOrigin()).toString();
}
