// Every package the project imports is declared in package.json. An undeclared one resolves only
// while some other package happens to bring it along, and breaks when that one changes.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importedSpecifiers, packageOf, typesPackageOf } from "../../support/package-imports";

const root = path.resolve(import.meta.dirname, "../../..");
const SOURCE_DIRS = ["app", "components", "lib", "scripts", "prisma", "bench", "tests"];
const SKIP_DIRS = new Set(["node_modules", "generated"]);
const SOURCE = /\.(?:[cm]?[jt]sx?)$/;

function* sourceFiles(dir: string): Generator<string> {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, d.name);
    if (d.isDirectory() && !SKIP_DIRS.has(d.name)) yield* sourceFiles(p);
    else if (d.isFile() && SOURCE.test(d.name)) yield p;
  }
}

describe("imports", () => {
  it("are read in every form, down to package names", () => {
    // Declared packages only: this file is scanned too.
    const source = [
      'import { a,\n  b } from "react";',
      'import type { T } from "zod/v4";',
      'export { c } from "@prisma/client/runtime/library";',
      'import "server-only";',
      'const lazy = await import("katex");',
      'const cjs = require("pg");',
      'import x from "./relative";',
      'import y from "@/lib/alias";',
      'import { readFile } from "node:fs/promises";',
      'import path from "path";',
      'import { redirect } from "next/navigation";',
      '// import z from "a-comment";',
      '/* import w from "a-block-comment"; */',
    ].join("\n");
    expect(importedSpecifiers(source).map(packageOf).filter(Boolean).sort()).toEqual(["@prisma/client", "katex", "next", "pg", "react", "server-only", "zod"]);
    expect(typesPackageOf("mdx")).toBe("@types/mdx");
    expect(typesPackageOf("@scope/pkg")).toBe("@types/scope__pkg");
  });

  it("name only packages declared in package.json (or their @types)", () => {
    const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
    const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
    const files = [...readdirSync(root).filter((f) => SOURCE.test(f)).map((f) => path.join(root, f)), ...SOURCE_DIRS.flatMap((d) => [...sourceFiles(path.join(root, d))])];
    const used = new Map<string, string>();
    for (const file of files) {
      for (const name of importedSpecifiers(readFileSync(file, "utf8")).map(packageOf)) {
        if (name && !used.has(name)) used.set(name, path.relative(root, file));
      }
    }
    // A scanner that stopped matching would pass having checked nothing.
    expect([...used.keys()]).toEqual(expect.arrayContaining(["next", "react", "zod", "gray-matter", "@playwright/test"]));
    const undeclared = [...used].filter(([name]) => !declared.has(name) && !declared.has(typesPackageOf(name))).map(([name, file]) => `${name} (imported by ${file})`);
    expect(undeclared).toEqual([]);
  });
});
