// One-click unsubscribe (RFC 8058). Every notification e-mail carries a link with a token that
// names its member and is signed with the site's secret, so it works without signing in, for as
// long as the secret stays, and cannot be made up for someone else.
import { createHmac, timingSafeEqual } from "node:crypto";
import { absoluteUrl } from "@/lib/content/site-url.server";
import { readEnv } from "@/lib/env.server";

const mac = (userId: string) => createHmac("sha256", readEnv().NEXTAUTH_SECRET ?? "").update(`lmh-unsubscribe:${userId}`).digest("base64url");

export function unsubscribeToken(userId: string): string {
  return `${Buffer.from(userId).toString("base64url")}.${mac(userId)}`;
}

/** The member a token was made for, or null for a malformed or tampered token. */
export function memberOfUnsubscribeToken(token: string): string | null {
  const [id, signature] = token.split(".");
  if (!id || !signature || token.split(".").length !== 2) return null;
  const userId = Buffer.from(id, "base64url").toString("utf8");
  const expected = Buffer.from(mac(userId));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}

export const unsubscribeUrl = (userId: string) => absoluteUrl(`/unsubscribe?token=${encodeURIComponent(unsubscribeToken(userId))}`);

/** The headers that let a mail client offer "Unsubscribe" and do it with one POST. */
export function unsubscribeHeaders(userId: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${absoluteUrl(`/api/unsubscribe?token=${encodeURIComponent(unsubscribeToken(userId))}`)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
