// Main-thread responsiveness of the live demos: opens the playground in headless Chromium, trains
// demos for ~10 s each and records the main thread's long tasks (PerformanceObserver "longtask",
// i.e. tasks over 50 ms) and the longest gap between animation frames.
//   npx tsx bench/demo-main-thread.ts http://127.0.0.1:3000
// Prints a markdown report (recorded in docs/BENCHMARKS.md).
import os from "node:os";
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

/**
 * Installed before any page script: collects long tasks and frame gaps since the last reset.
 * A string, not a function: tsx would wrap a function's inner closures in helpers the page lacks.
 */
const probe = `
  window.__benchReset = () => (window.__bench = { tasks: [], maxGap: 0, last: performance.now() });
  window.__benchReset();
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__bench.tasks.push(e.duration)))
    .observe({ type: "longtask", buffered: true });
  const frame = (t) => {
    window.__bench.maxGap = Math.max(window.__bench.maxGap, t - window.__bench.last);
    window.__bench.last = t;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
`;

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
  const open = async (route: string) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript({ content: probe });
    await page.goto(new URL(route, base).toString());
    return page;
  };
  const rows: Row[] = [];

  // The same page-load cost without any demo, for scale: hydration alone makes long tasks here.
  let started = Date.now();
  const baseline = await open("/about");
  await baseline.waitForLoadState("networkidle");
  rows.push({ phase: "load /about (no demos, for scale)", seconds: (Date.now() - started) / 1000, steps: "", ...(await collect(baseline)) });
  await baseline.close();

  started = Date.now();
  const page = await open("/learn/playground");
  await page.locator('[data-status="ready"]').first().waitFor({ timeout: 120_000 });
  rows.push({ phase: "load playground, first demo ready", seconds: (Date.now() - started) / 1000, steps: "", ...(await collect(page)) });
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

"Load" rows count long tasks from navigation until the page is idle (/about) or the first demo's
worker reported a run (playground), hydration included. Each "train" row is a fresh ${TRAIN_MS / 1000} s window with that demo playing at its default speed.
`;
  console.log(doc);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
