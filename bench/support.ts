// Shared by the benchmarks: start the site's launcher on a free port and wait for a 200; load tests.
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function waitFor200(url: string, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    try {
      const response = await fetch(url);
      if (response.status === 200) return performance.now();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

export function startProcess(command: string, args: string[], cwd: string, env: Record<string, string>, quiet = true): ChildProcess {
  return spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: quiet ? "ignore" : "inherit", detached: true });
}

export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    process.kill(-child.pid!, "SIGTERM");
  });
}

/**
 * 50 connections (by default) for `seconds` against one URL (autocannon over loopback). A 60 s
 * timeout: on a starved machine a slow answer should count as slow, not as an error. `uncached`:
 * every request carries a new query parameter the page ignores, so a live document is rendered
 * each time instead of coming from the cache.
 */
export function loadTest(url: string, seconds: number, { uncached = false, connections = 50 } = {}): Promise<autocannon.Result> {
  let n = 0;
  const requests = uncached ? [{ setupRequest: (req: { path: string }) => ({ ...req, path: `${new URL(url).pathname}?uncached=${n++}` }) }] : undefined;
  return new Promise((resolve, reject) => autocannon({ url, connections, duration: seconds, timeout: 60, requests }, (e, r) => (e ? reject(e) : resolve(r))));
}

/** A table row: name, req/s, p50, p99, errors (timeouts and non-2xx answers). */
export const loadRow = (name: string, r: autocannon.Result) => `| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors + r.non2xx} |`;

export const machine = () => `${process.version}, ${process.platform} ${process.arch}`;

/**
 * Runs `measure` against BASE_URL when set, otherwise against the site's own launcher
 * (`npm start`'s code path: builds if the sources changed) on a free port with a fresh embedded database.
 */
export async function withSite<T>(measure: (base: string) => Promise<T>, env: Record<string, string> = {}): Promise<T> {
  if (process.env.BASE_URL) return measure(process.env.BASE_URL.replace(/\/$/, ""));
  const dataDir = await mkdtemp(path.join(tmpdir(), "lmh-bench-"));
  const port = await freePort();
  const server = startProcess("npx", ["tsx", "scripts/start.ts"], process.cwd(), { ...env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: "" });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor200(`${base}/`, 10 * 60_000);
    return await measure(base);
  } finally {
    await stopProcess(server);
    await rm(dataDir, { recursive: true, force: true });
  }
}
