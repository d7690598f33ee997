// The forum under load, through HTTP against the launcher: 20 concurrent writers for 30 s (posts
// acknowledged vs stored, posts/s), the first page of a 1,000-post thread with math (p50/p99), and
// the forum index at 50 connections (autocannon) beside the static-file ceiling; pages as served
// (signed-out readers get them from the live-document cache) and rendered on every request.
// Run: npx tsx bench/forum-site.ts            (fresh embedded database)
//      DATABASE_URL=postgres://… npx tsx bench/forum-site.ts   (an empty PostgreSQL database)
// Set PORT and NEXTAUTH_URL to reuse an existing build (its fingerprint includes the origin);
// LIGHTHOUSE=1 also audits the big thread's first page (mobile performance and accessibility).
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { freePort, loadRow, loadTest, machine, startProcess, stopProcess, waitFor200 } from "./support";
import { typicalPost } from "./typical-post";
import { POSTS_PER_PAGE } from "@/lib/forum/limits";

const WRITERS = 20;
const WRITE_SECONDS = Number(process.env.WRITE_SECONDS ?? 30);
const THREAD_POSTS = 1000;
const admin = { email: "bench-admin@bench.test", password: "bench-admin-password-1" };
const database = process.env.DATABASE_URL ? "PostgreSQL 15" : "embedded PGlite";

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

/** Signs in through next-auth's credentials flow; returns the session cookie. */
async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const r = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies, origin: base },
    body: new URLSearchParams({ csrfToken, email: admin.email, password: admin.password, json: "true" }),
  });
  const session = r.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed: ${r.status}`);
  return session.split(";")[0]!;
}

function api(base: string, cookie: string) {
  return (path: string, body: unknown, method = "POST") => fetch(`${base}${path}`, { method, headers: { "content-type": "application/json", cookie, origin: base }, body: JSON.stringify(body) });
}

async function writers(base: string, cookie: string) {
  const call = api(base, cookie);
  const thread = (await (await call("/api/forum/threads", { title: "Writers' thread", category: "meta", source: "Opening post." })).json()) as { threadId: string };
  let acknowledged = 0;
  let refused = 0;
  const until = Date.now() + WRITE_SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      for (let i = 0; Date.now() < until; i++) {
        const r = await call(`/api/forum/threads/${thread.threadId}/posts`, { source: typicalPost(w * 1000 + i) });
        if (r.status === 201) acknowledged++;
        else refused++;
        await r.arrayBuffer();
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const latest = (await (await fetch(`${base}/api/forum/latest`)).json()) as { threads: { href: string; replies: number }[] };
  const stored = latest.threads.find((t) => t.href.includes(thread.threadId))!.replies;
  return { acknowledged, stored, refused, perSecond: acknowledged / elapsed };
}

async function bigThreadPage(base: string, cookie: string) {
  const call = api(base, cookie);
  const created = (await (await call("/api/forum/threads", { title: "A thousand posts with math", category: "learn", source: typicalPost(0) })).json()) as { threadId: string; url: string };
  let next = 1;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < THREAD_POSTS) {
        next++;
        const r = await call(`/api/forum/threads/${created.threadId}/posts`, { source: typicalPost(next) });
        if (r.status !== 201) throw new Error(`seeding failed: ${r.status} ${await r.text()}`);
      }
    }),
  );
  const url = `${base}${created.url}?page=1`;
  // As readers get it (from the live-document cache, re-rendered after each write or every few
  // seconds), then rendered on every request (a query parameter the page ignores defeats the cache).
  const cached = await sequentialReads(() => url);
  let n = 0;
  const rendered = await sequentialReads(() => `${url}&uncached=${n++}`);
  const html = await fetch(url, { headers: { "accept-encoding": "identity" } });
  const brotli = await fetch(url, { headers: { "accept-encoding": "br" } });
  return { cached, rendered, kib: (await html.arrayBuffer()).byteLength / 1024, brKib: Number(brotli.headers.get("content-length")) / 1024, url: created.url };
}

/** Sequential GETs, signed out, after a warm-up: p50 and p99 in ms. */
async function sequentialReads(next: () => string) {
  for (let i = 0; i < 20; i++) await (await fetch(next())).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const t0 = performance.now();
    await (await fetch(next())).arrayBuffer();
    times.push(performance.now() - t0);
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

const dataDir = await mkdtemp(path.join(tmpdir(), "lmh-forum-bench-"));
const port = Number(process.env.PORT ?? (await freePort()));
const base = `http://127.0.0.1:${port}`;
const server = startProcess("npx", ["tsx", "scripts/start.ts"], process.cwd(), {
  PORT: String(port),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? base,
  NEXTAUTH_SECRET: "bench-secret-0123456789-abcdefghijklmnop",
  DATA_DIR: dataDir,
  DATABASE_URL: process.env.DATABASE_URL ?? "",
  ADMIN_EMAIL: admin.email,
  ADMIN_PASSWORD: admin.password,
  // The benchmark measures the server, not the per-member posting limit.
  RATE_LIMITS: "forum-post:user=1000000/600,post:ip=1000000/3600,sign-in:ip=1000/900",
});
try {
  await waitFor200(`${base}/forum`, 15 * 60_000);
  const cookie = await signIn(base);
  const w = await writers(base, cookie);
  const page = await bigThreadPage(base, cookie);
  const html = await (await fetch(`${base}/`)).text();
  const asset = html.match(/\/_next\/static\/[^"]+\.css/)?.[0];
  await loadTest(`${base}/forum`, 3);
  const index = await loadTest(`${base}/forum`, 10);
  const indexRendered = await loadTest(`${base}/forum`, 10, { uncached: true });
  const file = await loadTest(`${base}${asset}`, 10);
  console.log(
    [
      `Forum over HTTP on ${database} (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${machine()})`,
      "",
      `- ${WRITERS} concurrent writers for ${WRITE_SECONDS} s, replying to one thread (typical posts with math, cooked on write): ${w.acknowledged} acknowledged, ${w.stored} stored, ${w.refused} refused; ${w.perSecond.toFixed(1)} posts/s.`,
      `- First page (${POSTS_PER_PAGE} posts) of a ${THREAD_POSTS}-post thread with math, signed out, sequential: as served p50 ${page.cached.p50.toFixed(1)} ms, p99 ${page.cached.p99.toFixed(1)} ms; rendered on every request p50 ${page.rendered.p50.toFixed(1)} ms, p99 ${page.rendered.p99.toFixed(1)} ms (${page.kib.toFixed(0)} KiB of HTML, ${page.brKib.toFixed(0)} KiB with brotli).`,
      "",
      "| target (50 connections, 10 s) | req/s | p50 ms | p99 ms | errors |",
      "|---|---|---|---|---|",
      loadRow("forum index `/forum` (as served: cached for signed-out readers)", index),
      loadRow("forum index `/forum` (rendered for every request)", indexRendered),
      loadRow("static file (ceiling)", file),
    ].join("\n"),
  );
  // Lighthouse on the big thread's first page, with the same server (bench/lighthouse.ts).
  if (process.env.LIGHTHOUSE) console.log(`\n${execFileSync("npx", ["tsx", "bench/lighthouse.ts"], { env: { ...process.env, BASE_URL: base, PAGES: `${page.url}?page=1` }, encoding: "utf8" })}`);
} finally {
  await stopProcess(server);
  await rm(dataDir, { recursive: true, force: true });
}
