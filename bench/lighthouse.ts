// Lighthouse (mobile emulation, the default) performance and accessibility of every document — the
// pages in the sitemap that ship without the framework runtime, plus the demo playground — against
// a local production server and the local Chromium. Each page is audited RUNS times (default 5),
// one run after another; the table gives the spread of the performance score (min/median/max), not
// just its median, and the 1-minute load average before and after the page's runs: Lighthouse's
// simulated throttling multiplies the real main-thread time, so a busy machine shows up as blocking
// time that the page itself does not cause; Lighthouse's benchmarkIndex (its measure of the
// machine's speed during each run) shows the same from inside the run.
// Run: npx tsx bench/lighthouse.ts   (starts the site, building it if needed; or BASE_URL=http://host:port)
//      PAGES=/learn/foo,/learn/bar   audits only those paths; LHR_DIR=dir keeps each page's worst report.
import { mkdir, writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumExecutable } from "../tests/support/chromium";
import { machine, withSite } from "./support";

const runs = Number(process.env.RUNS ?? 5);
const only = process.env.PAGES?.split(",").map((p) => p.trim()).filter(Boolean);
const reportDir = process.env.LHR_DIR;

/** Documents carry no Next.js runtime script after the build strips them; other pages do. */
async function isDocument(base: string, page: string): Promise<boolean> {
  const response = await fetch(`${base}${page}`);
  return response.ok && !/<script[^>]+src="[^"]*\/_next\//.test(await response.text());
}

async function documents(base: string): Promise<{ pages: string[]; skipped: string[] }> {
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const candidates = [...new Set([...listed, "/learn/playground"])];
  const pages: string[] = [];
  const skipped: string[] = [];
  for (const page of candidates) ((await isDocument(base, page)) ? pages : skipped).push(page);
  return { pages, skipped };
}

interface Run {
  performance: number;
  accessibility: number;
  tbt: number;
  lcp: number;
  cls: number;
  /** Lighthouse's own measure of how fast this machine ran at the time (higher is faster). */
  benchmarkIndex: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const load = () => loadavg()[0].toFixed(1);

const { rows, skipped } = await withSite(async (base) => {
  const { pages, skipped } = only ? { pages: only, skipped: [] } : await documents(base);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutable(),
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const rows: string[] = [];
    for (const page of pages) {
      const loadBefore = load();
      const audits: Run[] = [];
      let worst: { score: number; report: unknown } | undefined;
      let failed = 0;
      while (audits.length < runs) {
        const result = await lighthouse(`${base}${page}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
        // A run Lighthouse itself could not complete (e.g. NO_NAVSTART: the trace lost its start) has
        // no metrics, not a score of 0: it is retried, and the table says how often that happened.
        if (result!.lhr.runtimeError) {
          if (++failed > runs) throw new Error(`${page}: ${result!.lhr.runtimeError.code} in ${failed} runs`);
          continue;
        }
        const { categories: c, audits: a } = result!.lhr;
        const run: Run = {
          performance: Math.round(c.performance!.score! * 100),
          accessibility: Math.round(c.accessibility!.score! * 100),
          tbt: a["total-blocking-time"]!.numericValue!,
          lcp: a["largest-contentful-paint"]!.numericValue!,
          cls: a["cumulative-layout-shift"]!.numericValue!,
          benchmarkIndex: result!.lhr.environment.benchmarkIndex,
        };
        audits.push(run);
        if (reportDir && (!worst || run.performance < worst.score)) worst = { score: run.performance, report: result!.lhr };
      }
      if (reportDir && worst) {
        await mkdir(reportDir, { recursive: true });
        await writeFile(path.join(reportDir, `${page.replace(/^\//, "").replaceAll("/", "_") || "home"}.json`), JSON.stringify(worst.report));
      }
      const perf = audits.map((r) => r.performance);
      const a11y = audits.map((r) => r.accessibility);
      const a11yRange = Math.min(...a11y) === Math.max(...a11y) ? `${a11y[0]}` : `${Math.min(...a11y)}–${Math.max(...a11y)}`;
      const speed = audits.map((r) => Math.round(r.benchmarkIndex));
      const row =
        `| \`${page}\`${failed ? ` (${failed} failed run${failed > 1 ? "s" : ""} retried)` : ""} | ${Math.min(...perf)} | ${median(perf)} | ${Math.max(...perf)} | ${a11yRange} | ` +
        `${Math.round(median(audits.map((r) => r.tbt)))} ms | ${(median(audits.map((r) => r.lcp)) / 1000).toFixed(1)} s | ` +
        `${median(audits.map((r) => r.cls)).toFixed(3)} / ${Math.max(...audits.map((r) => r.cls)).toFixed(3)} | ${loadBefore} → ${load()} | ${Math.min(...speed)}–${Math.max(...speed)} |`;
      console.error(row); // progress, since a full pass takes a while
      rows.push(row);
    }
    return { rows, skipped };
  } finally {
    await chrome.kill();
  }
});

console.log(
  [
    `Lighthouse 12, mobile emulation, ${runs} runs per page, one after another (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${machine()})`,
    "",
    "| page | performance min | median | max | accessibility | TBT (median) | LCP (median) | CLS (median / max) | load avg before → after | benchmarkIndex min–max |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
    ...(skipped.length ? ["", `Not documents (they ship the framework runtime), not audited: ${skipped.join(", ")}`] : []),
  ].join("\n"),
);
