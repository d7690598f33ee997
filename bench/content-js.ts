// JavaScript a page ships before any demo loads: every script in the production HTML and, for
// module scripts, everything they import statically (a dynamic import() is code that loads later,
// e.g. a demo when it scrolls into view). Sizes are gzip (zlib, default level), summed per page.
// Target: under 100 KB compressed.
// Run: npx tsx bench/content-js.ts   (starts the site, building it if the sources changed; or
// BASE_URL=http://host:port to measure a running server). Prints a markdown report (docs/BENCHMARKS.md).
import { gzipSync } from "node:zlib";
import type { IslandsManifest } from "@/lib/build/islands-manifest";
import { machine, withSite } from "./support";

const pages = [
  { label: "perspective", path: "/perspectives/what-is-learning-mechanics" },
  { label: "learn page (2 demos, as posters)", path: "/learn/deep-linear-networks" },
  { label: "perspectives index", path: "/perspectives" },
  { label: "learn index", path: "/learn" },
  { label: "playground (10 demos, as posters)", path: "/learn/playground" },
  { label: "sign-in (a React page, for comparison)", path: "/signin" },
];
const budgetKb = 100;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gzipped = (text: string | Buffer) => gzipSync(text).length;

interface Script {
  gzip: number;
  staticImports: string[];
  dynamicImports: string[];
}
const scripts = new Map<string, Script>();

// esbuild's minified ESM: import{a as b}from"./chunks/x.js"; import"./y.js"; export{c}from"./z.js"; import("./demo.js")
const staticImport = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g;
const dynamicImport = /\bimport\(\s*["']([^"']+\.js)["']\s*\)/g;

async function script(url: string): Promise<Script> {
  if (!scripts.has(url)) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    const text = body.toString("utf8");
    const resolve = (m: RegExpMatchArray) => new URL(m[1], url).href;
    scripts.set(url, { gzip: gzipped(body), staticImports: [...text.matchAll(staticImport)].map(resolve), dynamicImports: [...text.matchAll(dynamicImport)].map(resolve) });
  }
  return scripts.get(url)!;
}

/** The script and everything it imports statically. */
async function closure(urls: string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  const visit = async (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    for (const dep of (await script(url)).staticImports) await visit(dep);
  };
  for (const url of urls) await visit(url);
  return seen;
}

const total = (urls: Iterable<string>) => [...urls].reduce((sum, url) => sum + scripts.get(url)!.gzip, 0);

async function measure(base: string, path: string) {
  const html = await (await fetch(base + path)).text();
  // nomodule scripts are legacy polyfills that modern browsers skip, so they are not counted.
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1] + m[3]));
  const loaded = await closure([...new Set(tags.map((m) => new URL(m[2].replaceAll("&amp;", "&"), base + path).href))]);
  // What loads later, on demand: dynamic imports of the loaded scripts and their static closure.
  const later = await closure([...loaded].flatMap((url) => scripts.get(url)!.dynamicImports));
  for (const url of loaded) later.delete(url);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  const framework = [...loaded].some((url) => new URL(url).pathname.startsWith("/_next/"));
  return { path, loaded, later, framework, inline: gzipped(inline), html: gzipped(html) };
}

// The demo's training worker (tfjs and the experiment code) starts with a demo, on its own thread.
async function workerSize(base: string): Promise<number> {
  const { demoWorker } = (await (await fetch(`${base}/islands/manifest.json`)).json()) as IslandsManifest;
  return gzipped(Buffer.from(await (await fetch(base + demoWorker)).arrayBuffer()));
}

const { measured, workerGzip } = await withSite(async (base) => {
  const out = [];
  for (const { label, path } of pages) out.push({ label, ...(await measure(base, path)) });
  return { measured: out, workerGzip: await workerSize(base) };
});

const rows = measured.map((m) => {
  const js = total(m.loaded);
  const verdict = js / 1024 < budgetKb ? "under" : "over";
  const later = m.later.size ? kb(total(m.later)) : "–";
  return `| ${m.label} | \`${m.path}\` | ${m.framework ? "React + Next.js" : "none"} | ${m.loaded.size} | **${kb(js)}** (${verdict}) | ${later} | ${kb(m.inline)} | ${kb(m.html)} |`;
});

console.log(`# JavaScript shipped by pages before any demo loads

Measured ${new Date().toISOString().slice(0, 10)} on ${machine()} with \`npx tsx bench/content-js.ts\` against the production build.
"Before a demo" sums the gzip sizes (zlib, default level) of every \`<script src>\` in the page's HTML (except
\`nomodule\` polyfills) and of every module they import statically. "On demand" is what their dynamic imports
add, the demo (React, uPlot and the demo's UI) when one scrolls into view. Inline scripts and the HTML itself are
shown for context, not budgeted. Budget: under ${budgetKb} KB.

| page | path | framework runtime | scripts | before a demo, KB gzip (budget ${budgetKb}) | on demand, KB gzip | inline scripts, KB gzip | HTML, KB gzip |
|---|---|---|---|---|---|---|---|
${rows.join("\n")}

When a demo starts, its training worker (tfjs with its WASM glue and the experiment code) adds ${kb(workerGzip)} KB gzip,
loaded by the worker thread, plus the tfjs WASM binary.`);
