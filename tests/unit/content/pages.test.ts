import { beforeAll, describe, expect, it } from "vitest";
import { getAuthors } from "@/lib/content/authors.server";
import { getPage, listPages, type Page } from "@/lib/content/load.server";
import { listSequences } from "@/lib/content/sequences.server";
import { getExperiment } from "@/lib/experiments/registry";
import { readFileSync } from "node:fs";

let pages: Page[];

beforeAll(async () => {
  pages = [];
  for (const meta of listPages()) pages.push((await getPage(meta.kind, meta.slug))!);
});

const source = (page: Page) => readFileSync(page.file, "utf8");

// What the compiled MDX says about equations: `id:"eq-…"` with `"aria-label":"Equation N"` on each
// display, and `href:"#eq-…"` with the number in parentheses on each \eqref.
const EQUATION = /id:"(eq-[^"]+)"[^}]*?"aria-label":"Equation (\d+)"/g;
const EQREF = /href:"#(eq-[^"]+)"[^}]*?children:"\((\d+)\)"/g;
const LINK = /\]\((\/[^)\s]*|#[^)\s]*)\)/g;

describe("every page", () => {
  it("compiles: citation keys, \\eqref labels and footnotes all resolve (compileMdx throws otherwise)", () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(page.compiled.code, page.file).not.toMatch(/\\eqref|\(\?\)/);
  });

  it("cites only keys from references.bib, numbered in order of first citation", () => {
    for (const page of pages) {
      const citedKeys = page.compiled.cited.map((e) => e.key);
      const inBrackets = [...source(page).matchAll(/\[(@[^\]]+)\]/g)].flatMap((m) => m[1].split(";").map((k) => k.trim().slice(1)));
      expect(new Set(citedKeys), page.file).toEqual(new Set(inBrackets));
      expect(citedKeys[0], page.file).toBe(inBrackets[0]);
      expect(citedKeys.length, page.file).toBeGreaterThan(0);
    }
  });

  it("embeds only demos that exist in the experiment registry", () => {
    const ids = pages.flatMap((page) => [...source(page).matchAll(/<Demo\s+id="([^"]+)"/g)].map((m) => ({ file: page.file, id: m[1] })));
    expect(ids.length).toBeGreaterThan(0);
    for (const { file, id } of ids) expect(getExperiment(id), `${file}: <Demo id="${id}">`).toBeDefined();
  });

  it("links only to pages and sections that exist", () => {
    const routes = new Set(["/", "/about", "/perspectives", "/learn", "/learn/playground", ...pages.map((p) => p.href), ...[...getAuthors().keys()].map((id) => `/authors/${id}`)]);
    const anchors = new Map(pages.map((p) => [p.href, new Set([...p.compiled.toc.map((t) => t.id), ...[...p.compiled.code.matchAll(EQUATION)].map((m) => m[1])])]));
    const links = pages.flatMap((page) => [...source(page).matchAll(LINK)].map((m) => ({ page, target: m[1] })));
    // The pages link to each other: a pattern that stopped matching would check nothing.
    expect(links.length).toBeGreaterThan(0);
    for (const { page, target } of links) {
      const [pathname, hash] = target.split("#");
      const route = pathname || page.href;
      expect(routes.has(route), `${page.file}: link to ${target}`).toBe(true);
      if (hash) expect(anchors.get(route)?.has(hash), `${page.file}: link to ${target}`).toBe(true);
    }
  });

  it("numbers equations 1, 2, 3… and links every \\eqref to an equation on the page, with its number", () => {
    let equations = 0;
    let refs = 0;
    for (const page of pages) {
      const numbers = new Map([...page.compiled.code.matchAll(EQUATION)].map((m) => [m[1], Number(m[2])]));
      const labels = [...source(page).matchAll(/\\label\{([^}]+)\}/g)];
      expect([...numbers.values()], page.file).toEqual(labels.map((_, i) => i + 1));
      const links = [...page.compiled.code.matchAll(EQREF)];
      expect(links, `${page.file}: one link per \\eqref`).toHaveLength(source(page).match(/\\eqref\{/g)?.length ?? 0);
      for (const [, id, shown] of links) expect(numbers.get(id), `${page.file}: (${shown}) links to #${id}`).toBe(Number(shown));
      equations += numbers.size;
      refs += links.length;
    }
    expect(equations).toBeGreaterThan(0);
    expect(refs).toBeGreaterThan(0);
  });
});

describe("sequences", () => {
  it("order each sequence's pages 1, 2, 3… with no gaps", () => {
    const sequences = listSequences();
    expect(sequences.map((s) => s.id)).toContain("five-lines");
    for (const s of sequences) {
      expect(s.pages.length, s.id).toBeGreaterThan(0);
      expect(s.pages.map((p) => p.order), s.id).toEqual(s.pages.map((_, i) => i + 1));
    }
  });
});
