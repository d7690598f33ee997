// Tokens sent by e-mail: 32 random bytes, shown once in the link, stored only as a SHA-256 hash,
// so a leaked database does not leak working links.
import { createHash, randomBytes } from "node:crypto";

export const SIGN_UP_HOURS = 24;
export const RESET_MINUTES = 60;

export function newEmailToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashEmailToken(token) };
}

export function hashEmailToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
