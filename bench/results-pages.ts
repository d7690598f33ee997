// A result's page and the results index under 50 concurrent connections (autocannon over
// loopback), against the launcher on a fresh embedded database with one checked result: as a
// signed-out reader gets them (live documents, cached a few seconds) and rendered every time.
// Run: npx tsx bench/results-pages.ts [seconds]
import { cpus } from "node:os";
import { loadRow, loadTest, machine, withSite } from "./support";

const seconds = Number(process.argv[2] ?? 15);
// The origin the site believes it has (NEXTAUTH_URL), when it differs from the address it is reached at.
const siteOrigin = (base: string) => process.env.SITE_ORIGIN ?? base;
const admin = { email: "bench-admin@bench.test", password: "bench-admin-password-1" };

/** Signs in through next-auth's credentials flow; returns the session cookie header. */
async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: siteOrigin(base) },
    body: new URLSearchParams({ csrfToken, email: admin.email, password: admin.password, json: "true" }),
  });
  const cookies = [...jar, ...answer.headers.getSetCookie().map((c) => c.split(";")[0])];
  if (!cookies.some((c) => c.includes("session-token"))) throw new Error(`sign-in failed: ${answer.status}`);
  return cookies.join("; ");
}

const report = await withSite(
  async (base) => {
    const cookie = await signIn(base);
    const submitted = await fetch(`${base}/api/results`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: siteOrigin(base) },
      body: JSON.stringify({ title: "Bench result", description: "Mode 1 at $t_{1/2}$.", spec: { experiment: "deep-linear-modes@1", params: { steps: 1200 }, seeds: [1, 2], claims: [{ kind: "agrees-with-theory", observable: "tHalf1" }] } }),
    });
    if (submitted.status !== 202) throw new Error(`submit: ${submitted.status} ${await submitted.text()}`);
    const { id } = (await submitted.json()) as { id: string };
    for (;;) {
      const r = (await (await fetch(`${base}/api/results/${id}`)).json()) as { checks: { status: string }[] };
      if (r.checks[0]?.status === "DONE") break;
      await new Promise((res) => setTimeout(res, 500));
    }
    await loadTest(`${base}/results/${id}`, 3); // warm-up, discarded
    const page = await loadTest(`${base}/results/${id}`, seconds);
    const pageRendered = await loadTest(`${base}/results/${id}`, seconds, { uncached: true });
    const index = await loadTest(`${base}/results`, seconds);
    const indexRendered = await loadTest(`${base}/results`, seconds, { uncached: true });
    return [
      `Results pages over loopback, 50 connections, ${seconds} s each (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores shared with other work, ${machine()}, embedded PGlite, in-process worker idle)`,
      "",
      "| target | req/s | p50 ms | p99 ms | errors |",
      "|---|---|---|---|---|",
      loadRow("result page `/results/:id` (checked, 2 seeds, plots; as served, signed out)", page),
      loadRow("result page, rendered for every request", pageRendered),
      loadRow("results index `/results` (as served, signed out)", index),
      loadRow("results index, rendered for every request", indexRendered),
    ].join("\n");
  },
  { ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password },
);
console.log(report);
