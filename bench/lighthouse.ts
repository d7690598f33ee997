// Lighthouse (mobile emulation, the default) performance and accessibility scores for a
// perspective, a learn page, the home page, the open-problems index and a problem page, against a
// local production server and the local Chromium. Each page is audited RUNS times (default 3); the table gives the median run and the range.
// Run: npx tsx bench/lighthouse.ts   (starts the site, building it if needed; or BASE_URL=http://host:port)
// PAGES=/a,/b audits those paths instead (bench/forum-site.ts audits its 1,000-post thread so).
import { cpus } from "node:os";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumExecutable } from "../tests/support/chromium";
import { machine, withSite } from "./support";

const runs = Number(process.env.RUNS ?? 3);

async function firstLink(base: string, section: string): Promise<string> {
  const html = await (await fetch(`${base}/${section}`)).text();
  const href = html.match(new RegExp(`href="(/${section}/(?!playground|propose)[a-z0-9-]+)"`))?.[1];
  if (!href) throw new Error(`no page linked from /${section}`);
  return href;
}

interface Audit {
  performance: number;
  accessibility: number;
  fcp: string;
  lcp: string;
  cls: string;
  tbt: string;
}

const rows = await withSite(async (base) => {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutable(),
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const pages = process.env.PAGES
      ? process.env.PAGES.split(",")
      : [await firstLink(base, "perspectives"), await firstLink(base, "learn"), "/", "/problems", await firstLink(base, "problems")];
    const out: string[] = [];
    for (const page of pages) {
      const audits: Audit[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`${base}${page}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
        const c = result!.lhr.categories;
        const a = result!.lhr.audits;
        audits.push({
          performance: Math.round(c.performance!.score! * 100),
          accessibility: Math.round(c.accessibility!.score! * 100),
          fcp: a["first-contentful-paint"]!.displayValue!,
          lcp: a["largest-contentful-paint"]!.displayValue!,
          cls: a["cumulative-layout-shift"]!.displayValue!,
          tbt: a["total-blocking-time"]!.displayValue!,
        });
      }
      const sorted = [...audits].sort((x, y) => x.performance - y.performance);
      const median = sorted[Math.floor(sorted.length / 2)];
      const range = `${sorted[0].performance}–${sorted.at(-1)!.performance}`;
      out.push(`| \`${page}\` | ${median.performance} (${range}) | ${median.accessibility} | ${median.fcp} | ${median.lcp} | ${median.cls} | ${median.tbt} |`);
    }
    return out;
  } finally {
    await chrome.kill();
  }
});

console.log(
  [
    `Lighthouse 12, mobile emulation, median of ${runs} runs per page (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${machine()})`,
    "",
    "| page | performance (range) | accessibility | FCP | LCP | CLS | TBT |",
    "|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n"),
);
