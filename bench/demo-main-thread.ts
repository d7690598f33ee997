// Main-thread responsiveness of the live demos: opens the playground in headless Chromium, trains
// demos for ~10 s each and records the main thread's long tasks (PerformanceObserver "longtask",
// i.e. tasks over 50 ms) and the longest gap between animation frames.
//   npx tsx bench/demo-main-thread.ts http://127.0.0.1:3000
// Prints a markdown table and writes it to docs/benchmarks-demos.md.
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import { chromiumExecutable } from "../tests/support/chromium";

const TRAIN_MS = 10_000;
const DEMOS = ["deep-linear-modes", "edge-of-stability", "modular-addition"];

interface Row {
  phase: string;
  seconds: number;
  steps: string;
  longTasks: number;
  maxTaskMs: number;
  maxFrameGapMs: number;
}

/** Installed before any page script: collects long tasks and frame gaps since the last reset. */
function probe() {
  const w = window as unknown as { __bench: { tasks: number[]; maxGap: number; last: number }; __benchReset: () => void };
  w.__bench = { tasks: [], maxGap: 0, last: performance.now() };
  w.__benchReset = () => (w.__bench = { tasks: [], maxGap: 0, last: performance.now() });
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__bench.tasks.push(e.duration))).observe({ type: "longtask", buffered: true });
  const frame = (t: number) => {
    w.__bench.maxGap = Math.max(w.__bench.maxGap, t - w.__bench.last);
    w.__bench.last = t;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function collect(page: Page) {
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { tasks: number[]; maxGap: number } }).__bench;
    return { longTasks: b.tasks.length, maxTaskMs: b.tasks.length ? Math.max(...b.tasks) : 0, maxFrameGapMs: b.maxGap };
  });
}

async function reset(page: Page) {
  await page.evaluate(() => (window as unknown as { __benchReset: () => void }).__benchReset());
}

async function train(page: Page, slug: string): Promise<Row> {
  const box = page.locator(`#demo-${slug}`);
  await box.scrollIntoViewIfNeeded();
  await box.locator('[data-status="ready"]').waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1000); // let loading settle: the window measures training only
  await reset(page);
  const started = Date.now();
  await box.getByTestId("demo-play").click();
  await page.waitForTimeout(TRAIN_MS);
  const stats = await collect(page);
  const seconds = (Date.now() - started) / 1000;
  const steps = (await box.getByTestId("demo-step").textContent())?.trim() ?? "?";
  if ((await box.locator("[data-playing]").getAttribute("data-playing")) === "true") await box.getByTestId("demo-play").click();
  return { phase: `train ${slug}`, seconds, steps, ...stats };
}

async function main() {
  const base = process.argv[2];
  if (!base) throw new Error("usage: npx tsx bench/demo-main-thread.ts <baseURL>");
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(probe);
  const started = Date.now();
  await page.goto(new URL("/learn/playground", base).toString());
  await page.locator('[data-status="ready"]').first().waitFor({ timeout: 120_000 });
  const rows: Row[] = [{ phase: "load playground, first demo ready", seconds: (Date.now() - started) / 1000, steps: "", ...(await collect(page)) }];
  for (const slug of DEMOS) rows.push(await train(page, slug));
  const version = browser.version();
  await browser.close();

  const fmt = (n: number) => n.toFixed(0);
  const table = [
    "| phase | s | steps | long tasks (> 50 ms) | longest task (ms) | longest frame gap (ms) |",
    "|---|---:|---|---:|---:|---:|",
    ...rows.map((r) => `| ${r.phase} | ${r.seconds.toFixed(1)} | ${r.steps} | ${r.longTasks} | ${fmt(r.maxTaskMs)} | ${fmt(r.maxFrameGapMs)} |`),
  ].join("\n");
  console.log(table);

  const doc = `# Demo main-thread benchmark

Training runs in a Web Worker; the main thread only receives throttled snapshots (at most 30 per
second) and redraws the uPlot canvases. This measures what the reader feels: tasks over 50 ms on
the main thread while demos train, and the longest gap between animation frames.

Command: \`npx tsx bench/demo-main-thread.ts ${base}\`
Date: ${new Date().toISOString()}
Machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "unknown CPU"}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} at the end; Chromium ${version}, headless, 1280×800.

${table}

"Load" counts long tasks from navigation until the first demo's worker reported a run (hydration
included). Each "train" row is a fresh ${TRAIN_MS / 1000} s window with that demo playing at its default speed.
`;
  const out = path.join(import.meta.dirname, "..", "docs", "benchmarks-demos.md");
  writeFileSync(out, doc);
  console.log(`\nwritten to ${path.relative(process.cwd(), out)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
