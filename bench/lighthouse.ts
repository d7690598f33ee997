// Lighthouse (mobile emulation, the default) performance and accessibility scores for a
// perspective and a learn page, against a local production server and the local Chromium.
// Run: npx tsx bench/lighthouse.ts   (needs a production build: run `npm start` once)
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumExecutable } from "../tests/support/chromium";
import { freePort, machine, startProcess, stopProcess, waitFor200 } from "./support";

async function firstLink(base: string, section: string): Promise<string> {
  const html = await (await fetch(`${base}/${section}`)).text();
  const href = html.match(new RegExp(`href="(/${section}/(?!playground)[a-z0-9-]+)"`))?.[1];
  if (!href) throw new Error(`no page linked from /${section}`);
  return href;
}

const dataDir = await mkdtemp(path.join(tmpdir(), "lmh-lh-"));
const port = await freePort();
const server = startProcess("npx", ["tsx", "scripts/start.ts"], process.cwd(), { PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: "" });
const chrome = await chromeLauncher.launch({
  chromePath: chromiumExecutable(),
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const base = `http://127.0.0.1:${port}`;
  await waitFor200(`${base}/`, 10 * 60_000);
  const pages = [await firstLink(base, "perspectives"), await firstLink(base, "learn"), "/"];
  const rows: string[] = [];
  for (const page of pages) {
    const result = await lighthouse(`${base}${page}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
    const c = result!.lhr.categories;
    const a = result!.lhr.audits;
    rows.push(
      `| \`${page}\` | ${Math.round(c.performance!.score! * 100)} | ${Math.round(c.accessibility!.score! * 100)} | ${a["first-contentful-paint"]!.displayValue} | ${a["largest-contentful-paint"]!.displayValue} | ${a["cumulative-layout-shift"]!.displayValue} | ${a["total-blocking-time"]!.displayValue} |`,
    );
  }
  console.log(
    [
      `Lighthouse 12, mobile emulation (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${machine()})`,
      "",
      "| page | performance | accessibility | FCP | LCP | CLS | TBT |",
      "|---|---|---|---|---|---|---|",
      ...rows,
    ].join("\n"),
  );
} finally {
  await chrome.kill();
  await stopProcess(server);
  await rm(dataDir, { recursive: true, force: true });
}
