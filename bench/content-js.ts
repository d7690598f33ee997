// JavaScript a reading page ships before any demo loads: the gzip sizes of the <script src> files
// in a production build's HTML, summed per page. Target: under 100 KB compressed.
// Run after `next build`: DATABASE_URL=… npx tsx bench/content-js.ts   (or BASE_URL=http://host:port
// to measure a server that is already running). Writes docs/benchmarks-content.md.
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
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

async function measure(base: string, path: string) {
  const html = await (await fetch(base + path)).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replaceAll("&amp;", "&")))];
  let files = 0;
  for (const src of srcs) files += gzipped(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()));
  // Inline scripts are mostly the RSC payload (the page's data for hydration): reported, not budgeted.
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  return { scripts: srcs.length, files, inline: gzipped(inline), html: gzipped(html) };
}

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

const rows = await withServer(async (base) => {
  const out: string[] = [];
  for (const { label, path } of pages) {
    const m = await measure(base, path);
    const verdict = m.files / 1024 < budgetKb ? "under budget" : "OVER budget";
    out.push(`| ${label} | \`${path}\` | ${m.scripts} | **${kb(m.files)}** | ${verdict} | ${kb(m.inline)} | ${kb(m.html)} |`);
  }
  return out;
});

const report = `# JavaScript shipped by reading pages

Measured ${new Date().toISOString().slice(0, 10)} on ${machine()} with \`npx tsx bench/content-js.ts\` against \`next start\`
after \`npx next build\`. "Script files" sums the gzip sizes (zlib, default level) of every \`<script src>\` in the
page's HTML: the JavaScript loaded before any demo scrolls into view (a demo's own code loads only then).
Budget: under ${budgetKb} KB. Inline scripts (mostly the React Server Components payload) and the HTML itself are
shown for context, not budgeted.

| page | path | script files | JS, KB gzip | budget | inline scripts, KB gzip | HTML, KB gzip |
|---|---|---|---|---|---|---|
${rows.join("\n")}
`;
await writeFile("docs/benchmarks-content.md", report);
console.log(report);
