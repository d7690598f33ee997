// Cooking user text (lib/markdown): the worker's cold start, per-post latency and throughput for
// typical forum posts with math, and how long micromark's worst case (`*a` × 64 KiB) runs before
// the time limit cuts it.
// Run: npx tsx bench/markdown-render.ts [posts=400]   Prints a markdown report (docs/BENCHMARKS.md).
import { rm } from "node:fs/promises";
import { loadavg } from "node:os";
import { MarkdownRenderer, MAX_SOURCE_CHARS, RENDER_TIME_LIMIT_MS } from "@/lib/markdown";
import { machine } from "./support";
import { typicalPost } from "./typical-post";

const posts = Number(process.argv[2] ?? 400);
// The machine may be shared: its load says how much the figures can be trusted.
const loadAtStart = loadavg()[0];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (x: number) => x.toFixed(1);

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

async function coldStart(): Promise<number> {
  const renderer = new MarkdownRenderer();
  const [, elapsed] = await timed(() => renderer.render("Hello $x$"));
  await renderer.close();
  return elapsed;
}

// The first start of a checkout builds the pipeline's bundle: without its manifest
// (node_modules/.cache/lmh-bundles, lib/build/cached-bundle.mjs) the next start builds it again.
await rm("node_modules/.cache/lmh-bundles/markdown-pipeline.json", { force: true });
const firstEver = await coldStart();
const colds: number[] = [];
for (let i = 0; i < 5; i++) colds.push(await coldStart());
colds.sort((a, b) => a - b);

const renderer = new MarkdownRenderer();
const sources = Array.from({ length: posts }, (_, i) => typicalPost(i));
for (const source of sources.slice(0, 20)) await renderer.render(source); // warm the JIT

const latencies: number[] = [];
let htmlBytes = 0;
const sequentialStart = performance.now();
for (const source of sources) {
  const [result, elapsed] = await timed(() => renderer.render(source, { knownHandles: ["alice-0", "alice-1", "alice-2", "alice-3", "alice-4"] }));
  if (result.status !== "ok") throw new Error(`a typical post came back ${result.status}`);
  latencies.push(elapsed);
  htmlBytes += result.html.length;
}
const sequentialSeconds = (performance.now() - sequentialStart) / 1000;
latencies.sort((a, b) => a - b);

// Eight callers at a time: the one worker still takes them one by one.
const callers = 8;
let next = 0;
const [, concurrentMs] = await timed(() =>
  Promise.all(
    Array.from({ length: callers }, async () => {
      while (next < sources.length) await renderer.render(sources[next++]);
    }),
  ),
);
// Every post at once: a call's time counts from when it is queued, so the tail of a burst longer
// than the time limit gets the fallback (stored, flagged for re-cooking) instead of waiting.
const burst = await Promise.all(sources.map((s) => renderer.render(s)));
const burstTimedOut = burst.filter((r) => r.status === "timed-out").length;

// A burst that timed out replaced the worker; let the new one load so the cut below is timed alone.
await renderer.render(sources[0]);
const adversarial = "*a".repeat(MAX_SOURCE_CHARS / 2);
const [cut, cutMs] = await timed(() => renderer.render(adversarial));
const [after, afterMs] = await timed(() => renderer.render(sources[0]));
await renderer.close();

const sourceKb = sources.reduce((n, s) => n + s.length, 0) / posts / 1024;
console.log(`## User text — \`npx tsx bench/markdown-render.ts ${posts}\`

${new Date().toISOString().slice(0, 10)}, ${machine()}. ${posts} generated forum posts (mean ${sourceKb.toFixed(1)} KB of Markdown, each with 3–4 inline formulas, one display equation with the site's macros, a list, a link and a mention; every third with a Python block, every fourth with a table; mean ${(htmlBytes / posts / 1024).toFixed(1)} KB of HTML), one call at a time through \`MarkdownRenderer\` (one worker thread, time limit ${RENDER_TIME_LIMIT_MS} ms). Load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end.

| what | figure |
|---|---|
| worker cold start, first ever (builds the pipeline bundle into node_modules/.cache) → first post cooked | ${ms(firstEver)} ms |
| worker cold start, bundle cached → first post cooked (median of 5; min–max) | ${ms(colds[2])} ms (${ms(colds[0])}–${ms(colds[4])}) |
| typical post, per call: p50 / p99 / max | ${ms(percentile(latencies, 50))} / ${ms(percentile(latencies, 99))} / ${ms(latencies.at(-1)!)} ms |
| throughput, one call at a time | ${(posts / sequentialSeconds).toFixed(0)} posts/s |
| throughput, ${callers} callers at a time (queued to the one worker) | ${(posts / (concurrentMs / 1000)).toFixed(0)} posts/s |
| all ${posts} posts submitted at once: came back \`timed-out\` (their turn came after the limit) | ${burstTimedOut} of ${posts} |
| \`*a\` × 32 Ki (64 KiB): call returns (status \`${cut.status}\`) after | ${ms(cutMs)} ms |
| next call after that cut (waits for the replacement worker) | ${ms(afterMs)} ms (status \`${after.status}\`) |
`);
