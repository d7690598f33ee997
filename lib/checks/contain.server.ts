// Used by the launcher and `npm run worker` under tsx too, so without `import "server-only"` (as lib/db).
// Runs one unit of check work in a child process with a memory limit, a V8 heap cap and a
// wall-clock kill. The memory limit is RLIMIT_DATA (`ulimit -d`): it bounds every private
// writable mapping, typed arrays and WebAssembly memory included (worker_threads' resourceLimits
// only bound the JS heap). Not `ulimit -v`: V8 reserves about 10 GiB of address space for each
// WebAssembly memory (guard regions), so an address-space limit stops the wasm backend from
// starting at all, while those reservations do not count as data. The child speaks newline-delimited
// JSON on fd 3 (stdout stays free for library chatter; lib/checks/child-channel.ts is its side):
// it says "ready" once loaded, then takes one JSON document on stdin. A child may so be started
// ahead of its work (lib/checks/seed-pool.server.ts) and still run exactly one unit under the same
// limits, its wall clock counted from its input. Timeouts, crashes and memory exhaustion come back
// as values, never as exceptions, so a check always ends with a verdict.
import { spawn, type ChildProcess } from "node:child_process";
import type { ChildMessage } from "./child-channel";
import { childBundle } from "./child-bundle.server";

export interface Limits {
  /** Private writable memory of the whole process (RLIMIT_DATA), MiB. */
  memoryMb: number;
  /** V8 old-space cap, MiB. */
  heapMb: number;
  /** From the input sent to the child's exit. */
  wallSeconds: number;
  /** From the start of the process to its "ready" (default BOOT_SECONDS). */
  bootSeconds?: number;
}

export type ContainedOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; failure: "timed-out" | "out-of-memory" | "crashed"; message: string };

/** Generous: a cold start takes well under a second on an idle machine, seconds on a busy one. */
export const BOOT_SECONDS = 60;

const OOM = /heap out of memory|Array buffer allocation failed|Cannot allocate memory|out of memory|std::bad_alloc|Invalid typed array length|WebAssembly.Memory\(\): could not allocate/i;

type Failure = Extract<ContainedOutcome<unknown>, { ok: false }>;

/** One started child process (of a bundled script), good for exactly one run. */
export class ContainedChild {
  readonly bundle: string;
  readonly limits: Limits;
  /** What the child sent with "ready" (e.g. its start-up times), and ms from spawn to it. */
  startup: { spawnToReadyMs: number; [key: string]: unknown } | null = null;
  readonly #process: ChildProcess;
  readonly #ready: Promise<boolean>;
  readonly #closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  #onReady: (ready: boolean) => void = () => {};
  #onProgress?: (message: ChildMessage) => void;
  #result: { value: unknown } | null = null;
  #stderr = "";
  #failure: Failure | null = null;
  #bootTimer: NodeJS.Timeout;
  #claimed = false;
  #exited = false;

  constructor(bundle: string, limits: Limits) {
    this.bundle = bundle;
    this.limits = limits;
    const spawned = performance.now();
    const node = [process.execPath, `--max-old-space-size=${limits.heapMb}`, bundle];
    // The shell sets the limit and then becomes node (exec), so the limit is the child's own.
    this.#process = spawn("/bin/sh", ["-c", `ulimit -d ${limits.memoryMb * 1024} && exec "$@"`, "sh", ...node], {
      cwd: process.cwd(),
      stdio: ["pipe", "ignore", "pipe", "pipe"],
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", NODE_ENV: "production" },
    });
    this.#ready = new Promise((resolve) => (this.#onReady = resolve));
    this.#closed = new Promise((resolve) => this.#process.on("close", (code, signal) => resolve({ code, signal })));
    this.#process.on("exit", () => {
      this.#exited = true;
      clearTimeout(this.#bootTimer);
      this.#onReady(false);
    });
    const bootSeconds = limits.bootSeconds ?? BOOT_SECONDS;
    this.#bootTimer = setTimeout(() => this.#kill({ ok: false, failure: "timed-out", message: `did not start within ${bootSeconds} s` }), bootSeconds * 1000);
    this.#readMessages((message) => {
      if (message.type === "ready") {
        clearTimeout(this.#bootTimer);
        this.startup = { ...message, spawnToReadyMs: performance.now() - spawned };
        this.#onReady(true);
      } else if (message.type === "result") this.#result = { value: message.value };
      else this.#onProgress?.(message);
    });
    this.#process.stderr?.setEncoding("utf8");
    this.#process.stderr?.on("data", (chunk: string) => {
      // Keep the tail: the reason for a crash is at the end.
      this.#stderr = (this.#stderr + chunk).slice(-8000);
    });
    this.#process.stdin?.on("error", () => {}); // a child that dies before reading its input
  }

  get pid(): number | undefined {
    return this.#process.pid;
  }

  /** Whether it may still be given its input: not yet run, not exited, not being killed. */
  get usable(): boolean {
    return !this.#claimed && !this.#exited && !this.#failure;
  }

  /**
   * Sends `input` once the child is ready and resolves with the value of its last "result"
   * message, or with why there was none. The wall clock starts when the input is sent.
   */
  async run<T>(input: unknown, onProgress?: (message: ChildMessage) => void): Promise<ContainedOutcome<T>> {
    if (this.#claimed) throw new Error("ContainedChild.run: a child runs one unit of work only");
    this.#claimed = true;
    this.#onProgress = onProgress;
    if (await this.#ready) {
      const timer = setTimeout(() => this.#kill({ ok: false, failure: "timed-out", message: `timed out after ${this.limits.wallSeconds} s` }), this.limits.wallSeconds * 1000);
      this.#process.stdin?.end(JSON.stringify(input));
      void this.#closed.then(() => clearTimeout(timer));
    }
    const { code, signal } = await this.#closed;
    return this.#outcome<T>(code, signal);
  }

  /** Ends the child (a spare no longer wanted); resolves once it is gone. */
  async kill(): Promise<void> {
    this.#kill({ ok: false, failure: "crashed", message: "was stopped before it ran" });
    await this.#closed;
  }

  #kill(failure: Failure): void {
    this.#failure ??= failure;
    this.#process.kill("SIGKILL");
  }

  #outcome<T>(code: number | null, signal: NodeJS.Signals | null): ContainedOutcome<T> {
    if (this.#failure) return this.#failure;
    if (code === 0 && this.#result) return { ok: true, value: this.#result.value as T };
    if (OOM.test(this.#stderr)) return { ok: false, failure: "out-of-memory", message: `ran out of memory (limit ${this.limits.memoryMb} MiB)` };
    // Node ends a crash report with its version: the error line is the one that names an error.
    const lines = this.#stderr.trim().split("\n").filter(Boolean);
    const last = ([...lines].reverse().find((l) => /\b\w*Error\b/.test(l)) ?? lines.at(-1) ?? "").trim().slice(0, 300);
    const how = signal ? `was killed by ${signal}` : code === 0 ? "ended without a result" : `crashed (exit code ${code})`;
    return { ok: false, failure: "crashed", message: last ? `${how}: ${last}` : how };
  }

  #readMessages(handle: (message: ChildMessage) => void): void {
    let buffer = "";
    const channel = this.#process.stdio[3] as NodeJS.ReadableStream;
    channel.setEncoding("utf8");
    channel.on("data", (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        let message: ChildMessage;
        try {
          message = JSON.parse(line) as ChildMessage;
        } catch {
          continue; // not a message
        }
        handle(message);
      }
    });
  }
}

/** Runs the TypeScript child script `script` (bundled) once under `limits`, in a fresh child. */
export async function runContained<T>(script: string, input: unknown, limits: Limits, onProgress?: (message: ChildMessage) => void): Promise<ContainedOutcome<T>> {
  return new ContainedChild(await childBundle(script), limits).run<T>(input, onProgress);
}
