// End-to-end tests in Chromium against the real launcher (`npm start`'s code path) on a free
// loopback port, with a local OpenID Connect provider standing in for ORCID and a real SMTP server
// receiving the site's mail.
import { defineConfig, devices } from "@playwright/test";
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromiumExecutable } from "./tests/support/chromium";
import { e2eAdmin } from "./tests/support/e2e-users";

// Chosen once in the main process; workers inherit the environment and so agree. The port is
// fixed per checkout: the site's URL is part of the build's fingerprint, so a new port would
// rebuild the site on every run, while two checkouts on one machine still get different ports.
const env = process.env;
env.LMH_E2E_PORT ??= String(20000 + (createHash("sha256").update(import.meta.dirname).digest().readUInt16BE(0) % 20000));
env.LMH_OIDC_PORT ??= String(Number(env.LMH_E2E_PORT) + 1);
env.LMH_SMTP_PORT ??= String(Number(env.LMH_E2E_PORT) + 2);
env.LMH_SMTP_HTTP_PORT ??= String(Number(env.LMH_E2E_PORT) + 3);
if (!env.DATABASE_URL) env.LMH_E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "lmh-e2e-"));
const baseURL = `http://127.0.0.1:${env.LMH_E2E_PORT}`;
const issuer = `http://127.0.0.1:${env.LMH_OIDC_PORT}`;
// Tests read the mail the site sent from here (tests/support/smtp-sink.ts, e2e-users.ts).
const mailSinkUrl = `http://127.0.0.1:${env.LMH_SMTP_HTTP_PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // npm test adds the JSON report it counts (scripts/test-steps.ts).
  reporter: [["list"]],
  globalTeardown: "./tests/support/e2e-teardown.ts",
  use: {
    baseURL,
    trace: "off",
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      command: "npx tsx tests/support/oidc-server.ts",
      url: `${issuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: "npx tsx tests/support/smtp-sink.ts",
      url: mailSinkUrl,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: "npx tsx scripts/start.ts",
      url: `${baseURL}/about`,
      reuseExistingServer: false,
      timeout: 600_000,
      stdout: "pipe",
      env: {
        PORT: env.LMH_E2E_PORT,
        NEXTAUTH_URL: baseURL,
        NEXTAUTH_SECRET: "e2e-secret-0123456789-abcdefghijklmnop",
        ...(env.LMH_E2E_DATA_DIR && { DATA_DIR: env.LMH_E2E_DATA_DIR }),
        ORCID_CLIENT_ID: "lmh-e2e",
        ORCID_CLIENT_SECRET: "lmh-e2e-secret",
        ORCID_ISSUER: issuer,
        ADMIN_EMAIL: e2eAdmin.email,
        ADMIN_PASSWORD: e2eAdmin.password,
        SMTP_URL: `smtp://127.0.0.1:${env.LMH_SMTP_PORT}`,
        // Every test signs up from 127.0.0.1; the limits themselves are tested in tests/integration.
        RATE_LIMITS: "sign-up:ip=10000/3600,reset:ip=10000/3600,post:ip=10000/3600,forum-post:user=10000/600",
        // Members here are minutes old; the new-account rules have their own integration tests.
        TRUST: "newAccountHours=0",
        // Mail for a mention goes out seconds after it, not ten minutes.
        NOTIFICATION_MAIL_DELAY_SECONDS: "2",
        NOTIFICATION_LOOP_SECONDS: "2",
      },
    },
  ],
});
