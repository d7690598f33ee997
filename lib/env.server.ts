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
  /** Seconds a mention or reply waits before it is e-mailed to an "immediately" member (default 600): a read or an edit meanwhile cancels it. */
  NOTIFICATION_MAIL_DELAY_SECONDS: optional.pipe(z.coerce.number<string>().int().min(0).max(86_400).optional()),
  /** Seconds between the notification loop's rounds (fan-out, due e-mail, digests); default 15. */
  NOTIFICATION_LOOP_SECONDS: optional.pipe(z.coerce.number<string>().int().min(1).max(3600).optional()),
  /** Overrides of named rate limits: "sign-up:ip=100/3600,…" (lib/rate-limit/rules.ts). */
  RATE_LIMITS: optional,
  /** Overrides of the new-account trust settings: "firstDayPosts=3,flagsToHide=2" (lib/moderation/trust.ts). */
  TRUST: optional,
  /** Set by the launcher when the database is the embedded PGlite (single connection). */
  LMH_EMBEDDED: optional,
  /** With DATABASE_URL: check workers `npm start` runs in the site's process (default 1; 0 = none). */
  WORKERS: optional,
  /** How often pg-boss looks for expired jobs (a worker killed mid-check), in seconds (default 30). */
  LMH_JOBS_MAINTENANCE_SECONDS: optional,
  /** Wall-clock limit of one seed of a check, in seconds (default 120). */
  LMH_CHECK_SEED_SECONDS: optional,
  /** Memory limit (RLIMIT_DATA) of one seed's process, in MiB (default 2048). */
  LMH_CHECK_MEMORY_MB: optional,
  /** How long a check job may outlive its seeds' limits before it counts as lost and is retried (default 60 s). */
  LMH_CHECK_EXPIRY_MARGIN_SECONDS: optional,
  /** Seconds a signed-out reader's live document (forum, tracker) is served from memory (default 5; 0 = off). A write through this process empties the cache at once. */
  LIVE_DOCUMENT_CACHE_SECONDS: optional,
  /** The site's commit, recorded in each check's environment (default: `git rev-parse HEAD`). */
  LMH_SITE_COMMIT: optional,
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

/** A positive whole-number setting (seconds, MiB, counts), or its default when unset. */
export function positiveSetting(name: "WORKERS" | "LIVE_DOCUMENT_CACHE_SECONDS" | "LMH_JOBS_MAINTENANCE_SECONDS" | "LMH_CHECK_SEED_SECONDS" | "LMH_CHECK_MEMORY_MB" | "LMH_CHECK_EXPIRY_MARGIN_SECONDS", fallback: number, env: Env = readEnv()): number {
  const raw = env[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(name, `must be a whole number (got ${JSON.stringify(raw)}).`);
  return value;
}
