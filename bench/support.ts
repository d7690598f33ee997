// Shared by the benchmarks: start the site's launcher on a free port and wait for a 200.
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
