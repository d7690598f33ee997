// End-to-end tests in Chromium against the real launcher (`npm start`'s code path) on a free
// loopback port, with a local OpenID Connect provider standing in for ORCID.
import { defineConfig, devices } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromiumExecutable } from "./tests/support/chromium";
import { e2eAdmin } from "./tests/support/e2e-users";

// Chosen once in the main process; workers inherit the environment and so agree.
const env = process.env;
env.LMH_E2E_PORT ??= String(20000 + (process.pid % 20000));
env.LMH_OIDC_PORT ??= String(Number(env.LMH_E2E_PORT) + 1);
if (!env.DATABASE_URL) env.LMH_E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "lmh-e2e-"));
const baseURL = `http://127.0.0.1:${env.LMH_E2E_PORT}`;
const issuer = `http://127.0.0.1:${env.LMH_OIDC_PORT}`;

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
      },
    },
  ],
});
