import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { staticDocument } from "@/lib/build/static-document";
import { productionIslandsPresent } from "@/lib/build/islands.server";
import { StaticPageError, isStaticDocument, stripStaticDocuments, withoutFrameworkRuntime } from "@/lib/build/static-pages.server";

// The shape of a prerendered Next.js 16 page (trimmed from a real build of this site).
const theme = `<script>(function(){try{var p=localStorage.getItem("lmh-theme")}catch(e){}})()</script>`;
const islands = `<script type="module" src="/islands/site-ABC.js"></script>`;
const page = (marked: boolean) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>` +
  `<link rel="preload" href="/_next/static/media/serif.woff2" as="font" crossorigin="" type="font/woff2"/>` +
  `<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>` +
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/1jexzsn2qdw84.js"/>` +
  `<script src="/_next/static/chunks/0w3kcag1au1r8.js" async=""></script>` +
  `<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>` +
  (marked ? `<meta name="lmh-runtime" content="none"/>` : "") +
  `${theme}${islands}</head><body><main><h1>Deep linear networks</h1><p>Text with $x$ and <code>&lt;/script&gt;</code>.</p></main>` +
  `<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/1jexzsn2qdw84.js"]});</script>` +
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script>` +
  `<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:[\\"$\\",\\"p\\",null,{\\"children\\":\\"\\u003c/script\\u003e\\"}]"])</script>` +
  `</body></html>`;

const temp: string[] = [];
afterAll(() => Promise.all(temp.map((d) => rm(d, { recursive: true, force: true }))));

describe("static documents", () => {
  it("the metadata marker renders as the meta tag the build looks for", () => {
    // Next renders each `metadata.other` entry as <meta name="key" content="value"/>, as in the page above.
    expect(staticDocument).toEqual({ other: { "lmh-runtime": "none" } });
    expect(isStaticDocument(page(true))).toBe(true);
    expect(isStaticDocument(page(false))).toBe(false);
  });

  it("loses the framework's scripts, preloads, bootstrap and RSC payload, and keeps content, styles, fonts and our scripts", () => {
    const out = withoutFrameworkRuntime(page(true));
    expect(out).not.toMatch(/<script[^>]*src="\/_next\//);
    expect(out).not.toContain('as="script"');
    expect(out).not.toContain("TURBOPACK");
    expect(out).not.toContain("__next_f");
    for (const kept of [theme, islands, "<h1>Deep linear networks</h1>", "<code>&lt;/script&gt;</code>", 'as="font"', 'rel="stylesheet"', "</body></html>"]) {
      expect(out).toContain(kept);
    }
  });

  it("fails loudly when the page has no framework scripts to remove (the build output changed)", () => {
    expect(() => withoutFrameworkRuntime(`<html><head>${theme}</head><body><p>x</p></body></html>`, "x.html")).toThrow(StaticPageError);
    expect(() => withoutFrameworkRuntime(`<html><head>${theme}</head><body><p>x</p></body></html>`, "x.html")).toThrow(/x\.html/);
  });

  it("rewrites the marked prerendered pages of a build and leaves the others byte for byte", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "lmh-static-"));
    temp.push(root);
    const app = path.join(root, ".next", "server", "app");
    await mkdir(path.join(app, "learn"), { recursive: true });
    await writeFile(path.join(app, "index.html"), page(true));
    await writeFile(path.join(app, "learn", "deep-linear-networks.html"), page(true));
    await writeFile(path.join(app, "signin.html"), page(false));
    await writeFile(path.join(app, "learn", "deep-linear-networks.rsc"), "payload");

    expect(await stripStaticDocuments(root)).toEqual(["/", "/learn/deep-linear-networks"]);
    expect(await readFile(path.join(app, "learn", "deep-linear-networks.html"), "utf8")).not.toContain("/_next/static/chunks/0w3kcag1au1r8.js");
    expect(await readFile(path.join(app, "signin.html"), "utf8")).toBe(page(false));
    expect(await readFile(path.join(app, "learn", "deep-linear-networks.rsc"), "utf8")).toBe("payload");
  });
});

describe("islands manifest", () => {
  it("tells production bundles from the development ones npm run dev leaves behind", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "lmh-islands-"));
    temp.push(root);
    expect(await productionIslandsPresent(root)).toBe(false);
    await mkdir(path.join(root, "public", "islands"), { recursive: true });
    const write = (mode: string) => writeFile(path.join(root, "public", "islands", "manifest.json"), JSON.stringify({ mode, site: "/islands/site.js", demoWorker: "/islands/w.js" }));
    await write("development");
    expect(await productionIslandsPresent(root)).toBe(false);
    await write("production");
    expect(await productionIslandsPresent(root)).toBe(true);
  });
});
