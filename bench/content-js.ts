// JavaScript a reading page ships before any demo loads: the gzip sizes of the <script src> files
// in a production build's HTML, summed per page. Target: under 100 KB compressed.
// Run after `next build`: DATABASE_URL=… npx tsx bench/content-js.ts   (or BASE_URL=http://host:port
// to measure a server that is already running). Prints a markdown report (recorded in docs/BENCHMARKS.md).
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { freePort, machine, startProcess, stopProcess, waitFor200 } from "./support";

const pages = [
  { label: "perspective", path: "/perspectives/what-is-learning-mechanics" },
  { label: "learn page (2 demos, as posters)", path: "/learn/deep-linear-networks" },
  { label: "perspectives index", path: "/perspectives" },
  { label: "learn index", path: "/learn" },
];
const budgetKb = 100;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gzipped = (text: string | Buffer) => gzipSync(text).length;

const sizes = new Map<string, number>();

async function gzippedFile(base: string, src: string): Promise<number> {
  if (!sizes.has(src)) sizes.set(src, gzipped(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())));
  return sizes.get(src)!;
}

async function measure(base: string, path: string) {
  const html = await (await fetch(base + path)).text();
  // nomodule scripts are legacy polyfills that modern browsers skip, so they are not counted.
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1] + m[3]));
  const srcs = [...new Set(tags.map((m) => m[2].replaceAll("&amp;", "&")))];
  for (const src of srcs) await gzippedFile(base, src);
  // Inline scripts are mostly the RSC payload (the page's data for hydration): reported, not budgeted.
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  return { path, srcs, inline: gzipped(inline), html: gzipped(html) };
}

const total = (srcs: string[]) => srcs.reduce((sum, src) => sum + sizes.get(src)!, 0);

async function withServer<T>(run: (base: string) => Promise<T>): Promise<T> {
  if (process.env.BASE_URL) return run(process.env.BASE_URL);
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npx next build` first (or set BASE_URL).");
  const port = await freePort();
  const server = startProcess(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], process.cwd(), { NODE_ENV: "production" });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor200(`${base}/learn`, 120_000);
    return await run(base);
  } finally {
    await stopProcess(server);
  }
}

const measured = await withServer(async (base) => {
  const out = [];
  for (const { label, path } of pages) out.push({ label, ...(await measure(base, path)) });
  return out;
});
// Scripts every measured page loads: React, the Next.js runtime and the site shell (header, account menu).
const shared = measured[0].srcs.filter((src) => measured.every((m) => m.srcs.includes(src)));
const rows = measured.map((m) => {
  const js = total(m.srcs);
  const own = total(m.srcs.filter((src) => !shared.includes(src)));
  const verdict = js / 1024 < budgetKb ? "under" : "over";
  return `| ${m.label} | \`${m.path}\` | ${m.srcs.length} | **${kb(js)}** (${verdict}) | ${kb(own)} | ${kb(m.inline)} | ${kb(m.html)} |`;
});

const report = `# JavaScript shipped by reading pages

Measured ${new Date().toISOString().slice(0, 10)} on ${machine()} with \`npx tsx bench/content-js.ts\` against \`next start\`
after \`npx next build\`. "JS" sums the gzip sizes (zlib, default level) of every \`<script src>\` in the page's HTML
except \`nomodule\` polyfills: the JavaScript loaded before any demo scrolls into view (a demo's own code loads
only then). Budget: under ${budgetKb} KB. "Page's own" is what is left after the ${shared.length} scripts that every
measured page loads (${kb(total(shared))} KB: React, the Next.js runtime and the site shell). Inline scripts (mostly
the React Server Components payload) and the HTML itself are shown for context, not budgeted.

| page | path | scripts | JS, KB gzip (budget ${budgetKb}) | page's own JS, KB gzip | inline scripts, KB gzip | HTML, KB gzip |
|---|---|---|---|---|---|---|
${rows.join("\n")}

The scripts every page shares, largest first (KB gzip): ${shared
  .map((src) => sizes.get(src)!)
  .sort((a, b) => b - a)
  .map(kb)
  .join(", ")}. The two largest are React DOM and the Next.js App Router runtime (together the framework's floor);
the rest is Next's client glue and the site shell (theme toggle, account menu). The reading pages' own code is the contents tracker, the citation
cards' touch and Escape handling, and the demo loader that fetches a demo when it scrolls into view.
`;
console.log(report);
