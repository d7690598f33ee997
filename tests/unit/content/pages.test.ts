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

describe("every page", () => {
  it("compiles: citation keys, \\eqref labels and footnotes all resolve (compileMdx throws otherwise)", () => {
    expect(pages).toHaveLength(9);
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
    const anchors = new Map(pages.map((p) => [p.href, new Set([...p.compiled.toc.map((t) => t.id), ...[...p.compiled.code.matchAll(/id:"(eq-[^"]+)"/g)].map((m) => m[1])])]));
    for (const page of pages) {
      for (const [, target] of source(page).matchAll(/\]\((\/[^)\s]*|#[^)\s]*)\)/g)) {
        const [pathname, hash] = target.split("#");
        const route = pathname || page.href;
        expect(routes.has(route), `${page.file}: link to ${target}`).toBe(true);
        if (hash) expect(anchors.get(route)?.has(hash), `${page.file}: link to ${target}`).toBe(true);
      }
    }
  });

  it("numbers equations 1, 2, 3… and links every \\eqref to an equation on the page", () => {
    for (const page of pages) {
      const ids = [...page.compiled.code.matchAll(/id:"(eq-[^"]+)"/g)].map((m) => m[1]);
      const refs = [...page.compiled.code.matchAll(/href:"#(eq-[^"]+)"/g)].map((m) => m[1]);
      const labels = [...source(page).matchAll(/\\label\{([^}]+)\}/g)];
      expect(ids, page.file).toHaveLength(labels.length);
      for (const ref of refs) expect(ids, `${page.file}: (${ref})`).toContain(ref);
    }
  });
});

describe("sequences", () => {
  it("order the five-lines tour 1 to 6 with no gaps", () => {
    const [tour] = listSequences();
    expect(tour.id).toBe("five-lines");
    expect(tour.pages.map((p) => p.order)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(tour.pages[0].slug).toBe("deep-linear-networks");
  });
});
