// The only module of the app that reads or writes process.env: everything else asks for a typed
// setting here. (Scripts that start other programs hand them an environment; see childEnv.)
import { z } from "./zod"; // relative: prisma.config.ts loads this file without the @/ alias
import { ConfigError } from "./config-error";

const optional = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optional,
  DATA_DIR: optional,
  PORT: optional,
  HOST: optional,
  NEXTAUTH_URL: optional,
  NEXTAUTH_SECRET: optional,
  GITHUB_ID: optional,
  GITHUB_SECRET: optional,
  ORCID_CLIENT_ID: optional,
  ORCID_CLIENT_SECRET: optional,
  ORCID_ISSUER: optional,
  ADMIN_EMAIL: optional,
  ADMIN_PASSWORD: optional,
  /** smtp://user:pass@host:587 or smtps://…; unset: mail is written to DATA_DIR/outbox as .eml files. */
  SMTP_URL: optional,
  /** The From of every message, e.g. "Learning Mechanics Hub <hub@example.org>". */
  MAIL_FROM: optional,
  /** Overrides of named rate limits: "sign-up:ip=100/3600,…" (lib/rate-limit/rules.ts). */
  RATE_LIMITS: optional,
  /** Overrides of the new-account trust settings: "firstDayPosts=3,flagsToHide=2" (lib/moderation/trust.ts). */
  TRUST: optional,
  /** Set by the launcher when the database is the embedded PGlite (single connection). */
  LMH_EMBEDDED: optional,
  /** Set by Next.js: "phase-production-build" while `next build` runs (and prerenders pages). */
  NEXT_PHASE: optional,
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  return envSchema.parse(source);
}

/**
 * What the launcher decided (the database it opened, the session secret, the site URL), made
 * visible to the Next.js server it hosts in the same process, which reads settings from here.
 */
export function publishServerSettings(settings: { DATABASE_URL: string; LMH_EMBEDDED: boolean; NEXTAUTH_SECRET: string; NEXTAUTH_URL: string; NODE_ENV: "development" | "production" }): void {
  Object.assign(process.env, { ...settings, LMH_EMBEDDED: settings.LMH_EMBEDDED ? "1" : "", NEXT_TELEMETRY_DISABLED: "1" });
}

/** The environment for a child process (next build, test runners): this one's plus overrides. */
export function childEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...overrides };
}

export function port(env: Env = readEnv()): number {
  if (env.PORT === undefined) return 3000;
  const n = Number(env.PORT);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new ConfigError("PORT", `"${env.PORT}" is not a port number; use an integer from 1 to 65535.`);
  }
  return n;
}

/**
 * The site's public origin, for canonical URLs, feeds, sitemaps and social cards. NEXTAUTH_URL is
 * the one setting that already names it (sign-in needs it too); without it, the local server's address.
 */
export function siteOrigin(env: Env = readEnv()): string {
  return new URL(env.NEXTAUTH_URL ?? `http://localhost:${port(env)}`).origin;
}

/** Validates DATABASE_URL's shape; the launcher then checks that the server answers. */
export function databaseUrl(env: Env = readEnv()): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      "DATABASE_URL",
      "is not a valid URL. Use postgresql://user:password@host:5432/database, or unset it to use the embedded database.",
    );
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new ConfigError(
      "DATABASE_URL",
      `uses "${url.protocol}", but only PostgreSQL is supported: use postgresql://user:password@host:5432/database, or unset it to use the embedded database.`,
    );
  }
  if (!url.hostname || url.pathname.length <= 1) {
    throw new ConfigError("DATABASE_URL", "must name a host and a database, e.g. postgresql://user@localhost:5432/lmh.");
  }
  return raw;
}
