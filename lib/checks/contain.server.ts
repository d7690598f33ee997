// Used by the launcher and `npm run worker` under tsx too, so without `import "server-only"` (as lib/db).
// Runs one unit of check work in a child process with a memory limit, a V8 heap cap and a
// wall-clock kill. The memory limit is RLIMIT_DATA (`ulimit -d`): it bounds every private
// writable mapping, typed arrays and WebAssembly memory included (worker_threads' resourceLimits
// only bound the JS heap). Not `ulimit -v`: V8 reserves about 10 GiB of address space for each
// WebAssembly memory (guard regions), so an address-space limit stops the wasm backend (and
// tsx's wasm lexer) from starting at all, while those reservations do not count as data. The child speaks newline-delimited JSON on fd 3 (stdout stays free for
// library chatter); its input is one JSON document on stdin. Timeouts, crashes and memory
// exhaustion come back as values, never as exceptions, so a check always ends with a verdict.
import { spawn } from "node:child_process";
import path from "node:path";

export interface Limits {
  /** Private writable memory of the whole process (RLIMIT_DATA), MiB. */
  memoryMb: number;
  /** V8 old-space cap, MiB. */
  heapMb: number;
  wallSeconds: number;
}

export type ContainedOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; failure: "timed-out" | "out-of-memory" | "crashed"; message: string };

export interface ChildMessage {
  type: "progress" | "result";
  [key: string]: unknown;
}

const tsxLoader = path.join(process.cwd(), "node_modules", "tsx", "dist", "loader.mjs");
const OOM = /heap out of memory|Array buffer allocation failed|Cannot allocate memory|out of memory|std::bad_alloc|Invalid typed array length|WebAssembly.Memory\(\): could not allocate/i;

/**
 * Runs `script` (a TypeScript file, loaded through tsx) under `limits`. Resolves with the value of
 * its last "result" message, or with why there was none.
 */
export function runContained<T>(script: string, input: unknown, limits: Limits, onProgress?: (message: ChildMessage) => void): Promise<ContainedOutcome<T>> {
  return new Promise((resolve) => {
    const node = [process.execPath, `--max-old-space-size=${limits.heapMb}`, "--import", tsxLoader, script];
    // The shell sets the limit and then becomes node (exec), so the limit is the child's own.
    const child = spawn("/bin/sh", ["-c", `ulimit -d ${limits.memoryMb * 1024} && exec "$@"`, "sh", ...node], {
      cwd: process.cwd(),
      stdio: ["pipe", "ignore", "pipe", "pipe"],
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", NODE_ENV: "production" },
    });
    let result: T | undefined;
    let gotResult = false;
    let stderr = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, limits.wallSeconds * 1000);

    let buffer = "";
    const channel = child.stdio[3] as NodeJS.ReadableStream;
    channel.setEncoding("utf8");
    channel.on("data", (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (!line) continue;
        let message: ChildMessage;
        try {
          message = JSON.parse(line) as ChildMessage;
        } catch {
          continue;
        }
        if (message.type === "result") {
          result = message.value as T;
          gotResult = true;
        } else onProgress?.(message);
      }
    });
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      // Keep the tail: the reason for a crash is at the end.
      stderr = (stderr + chunk).slice(-8000);
    });
    child.stdin?.on("error", () => {}); // a child that dies before reading its input
    child.stdin?.end(JSON.stringify(input));

    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (timedOut) return resolve({ ok: false, failure: "timed-out", message: `timed out after ${limits.wallSeconds} s` });
      if (code === 0 && gotResult) return resolve({ ok: true, value: result as T });
      if (OOM.test(stderr)) return resolve({ ok: false, failure: "out-of-memory", message: `ran out of memory (limit ${limits.memoryMb} MiB)` });
      // Node ends a crash report with its version: the error line is the one that names an error.
      const lines = stderr.trim().split("\n").filter(Boolean);
      const last = ([...lines].reverse().find((l) => /\b\w*Error\b/.test(l)) ?? lines.at(-1) ?? "").trim().slice(0, 300);
      const how = signal ? `was killed by ${signal}` : code === 0 ? "ended without a result" : `crashed (exit code ${code})`;
      resolve({ ok: false, failure: "crashed", message: last ? `${how}: ${last}` : how });
    });
  });
}

/** For child scripts: the input document from stdin, and a writer of messages on fd 3. */
export async function childChannel(): Promise<{ input: unknown; send(message: ChildMessage): void }> {
  const fs = await import("node:fs");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const input = JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  return { input, send: (message) => fs.writeSync(3, JSON.stringify(message) + "\n") };
}
