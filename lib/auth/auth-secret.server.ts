// next-auth signs sessions with NEXTAUTH_SECRET. A deployment (DATABASE_URL set) must provide
// it; the embedded quick start keeps a generated one in the data folder, so sessions survive
// restarts without any configuration.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../config-error";
import { dataDir } from "../data-dir.server";
import type { Env } from "../env.server";

export async function resolveAuthSecret(env: Env, embedded: boolean): Promise<string> {
  if (env.NEXTAUTH_SECRET) {
    if (env.NEXTAUTH_SECRET.length < 32) {
      throw new ConfigError("NEXTAUTH_SECRET", "is shorter than 32 characters. Generate one with `openssl rand -base64 32`.");
    }
    return env.NEXTAUTH_SECRET;
  }
  if (!embedded && env.NODE_ENV === "production") {
    throw new ConfigError(
      "NEXTAUTH_SECRET",
      "is not set. A server with DATABASE_URL needs a fixed secret to sign sessions: set NEXTAUTH_SECRET to the output of `openssl rand -base64 32`.",
    );
  }
  const dir = dataDir(env);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, "auth-secret");
  const stored = await readFile(file, "utf8").catch(() => "");
  if (stored.trim().length >= 32) return stored.trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
