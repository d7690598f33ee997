import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { compileMdx } from "@/lib/content/compile.server";
import { parseFrontmatter } from "@/lib/content/frontmatter.server";
import { contentKinds, listPages } from "@/lib/content/load.server";

const fixture = (name: string) => path.join("tests/unit/content/fixtures", name);

describe("frontmatter", () => {
  it("is valid in every content file, and every file is listed", () => {
    for (const kind of contentKinds) {
      const files = readdirSync(path.join("content", kind)).filter((f) => f.endsWith(".mdx"));
      expect(files.length, kind).toBeGreaterThan(0);
      expect(listPages(kind).map((p) => `${p.slug}.mdx`).sort(), kind).toEqual(files.sort());
    }
    for (const p of listPages()) expect(p.summary.length, p.file).toBeLessThanOrEqual(280);
  });

  it("rejects a broken file with a message naming the file, each field and the reason", () => {
    const file = fixture("broken-frontmatter.mdx");
    const { data } = matter(readFileSync(file, "utf8"));
    let message = "";
    try {
      parseFrontmatter(file, "perspectives", data);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/broken-frontmatter\.mdx: frontmatter field "summary": .*280/);
    expect(message).toMatch(/broken-frontmatter\.mdx: frontmatter field "date": must be a date written YYYY-MM-DD/);
    expect(message).toMatch(/broken-frontmatter\.mdx: frontmatter field "problems\.0": /);
  });

  it("rejects an author who is not in authors.json, naming the author", () => {
    const file = fixture("broken-frontmatter.mdx");
    const { data } = matter(readFileSync(file, "utf8"));
    const fixable = { ...data, summary: "Short.", date: "2026-11-30", problems: [] };
    expect(() => parseFrontmatter(file, "perspectives", fixable)).toThrowError(
      /frontmatter field "authors\.0": "nobody-by-this-name" is not an author in content\/authors\.json/,
    );
  });
});

describe("a broken body", () => {
  it("fails to compile, naming the file, line, construct and reason for every problem", async () => {
    const file = fixture("broken-body.mdx");
    const compiling = compileMdx(file, readFileSync(file, "utf8"));
    await expect(compiling).rejects.toThrowError(/broken-body\.mdx:8: citation \[@nobody1999missing\]: unknown key "nobody1999missing"/);
    await expect(compiling).rejects.toThrowError(/broken-body\.mdx:15: \\eqref\{eq:momentum\}: no display equation has \\label\{eq:momentum\}/);
    await expect(compiling).rejects.toThrowError(/footnote \[\^ghost\]: is referenced but never defined/);
  });
});
