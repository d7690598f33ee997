import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { databaseUrl, port, readEnv } from "@/lib/env.server";
import { ConfigError } from "@/lib/config-error";
import { resolveAuthSecret } from "@/lib/auth/auth-secret.server";

const temp: string[] = [];
afterAll(() => Promise.all(temp.map((d) => rm(d, { recursive: true, force: true }))));
async function dir() {
  const d = await mkdtemp(path.join(tmpdir(), "lmh-unit-"));
  temp.push(d);
  return d;
}

describe("settings", () => {
  it("PORT defaults to 3000 and rejects non-numbers", () => {
    expect(port(readEnv({}))).toBe(3000);
    expect(port(readEnv({ PORT: "8080" }))).toBe(8080);
    expect(() => port(readEnv({ PORT: "80a" }))).toThrow(ConfigError);
  });

  it("DATABASE_URL: unset or empty means embedded; other schemes and missing parts are refused", () => {
    expect(databaseUrl(readEnv({}))).toBeUndefined();
    expect(databaseUrl(readEnv({ DATABASE_URL: "  " }))).toBeUndefined();
    expect(databaseUrl(readEnv({ DATABASE_URL: "postgresql://u@h:5432/db" }))).toBe("postgresql://u@h:5432/db");
    expect(() => databaseUrl(readEnv({ DATABASE_URL: "sqlite://x.db" }))).toThrow(/only PostgreSQL/);
    expect(() => databaseUrl(readEnv({ DATABASE_URL: "postgresql://host" }))).toThrow(/must name a host and a database/);
    expect(() => databaseUrl(readEnv({ DATABASE_URL: "::" }))).toThrow(/not a valid URL/);
  });
});

describe("session secret", () => {
  it("the embedded quick start generates one secret and keeps it across restarts", async () => {
    const d = await dir();
    const env = readEnv({ DATA_DIR: d });
    const first = await resolveAuthSecret(env, true);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(await resolveAuthSecret(env, true)).toBe(first);
    expect((await readFile(path.join(d, "auth-secret"), "utf8")).trim()).toBe(first);
  });

  it("a server with DATABASE_URL in production must be given one; a short one is refused", async () => {
    await expect(resolveAuthSecret(readEnv({ NODE_ENV: "production" }), false)).rejects.toThrow(/NEXTAUTH_SECRET: is not set/);
    await expect(resolveAuthSecret(readEnv({ NEXTAUTH_SECRET: "short" }), false)).rejects.toThrow(/shorter than 32/);
    const given = "x".repeat(40);
    expect(await resolveAuthSecret(readEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: given }), false)).toBe(given);
  });
});

describe("rate-limit settings", () => {
  it("RATE_LIMITS overrides named limits and refuses unknown names or malformed entries", async () => {
    const { rulesWithOverrides } = await import("@/lib/rate-limit/rules");
    const rules = rulesWithOverrides("sign-up:ip=100/60, sign-in:ip=5/900");
    expect(rules.signUpPerAddress).toMatchObject({ limit: 100, windowSeconds: 60 });
    expect(rules.signInPerAddress).toMatchObject({ limit: 5, windowSeconds: 900 });
    expect(rulesWithOverrides(undefined).signUpPerAddress.limit).toBe(10);
    for (const bad of ["nope=1/1", "sign-up:ip=0/60", "sign-up:ip=10", "sign-up:ip=a/b"]) {
      expect(() => rulesWithOverrides(bad), bad).toThrow(/RATE_LIMITS: /);
    }
  });
});
