// The cached esbuild bundle (lib/build/cached-bundle.mjs) behind the markdown worker and the check
// children: reused while its inputs are unchanged, rebuilt under a new name when one or the options
// changed, or when the bundle file is gone, so a child is never started from stale code.
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, unlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cachedBundle } from "@/lib/build/cached-bundle.mjs";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "lmh-bundle-"));
  await writeFile(path.join(root, "entry.ts"), `import { word } from "./word";\nconsole.log(word satisfies string);\n`);
  await writeFile(path.join(root, "word.ts"), `export const word = "first";\n`);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const bundle = () => cachedBundle({ root, entry: "entry.ts", name: "probe" });
const output = (file: string) => execFileSync(process.execPath, [file], { encoding: "utf8" }).trim();

describe("cachedBundle", () => {
  it("builds once, then reuses the bundle while no input changed", async () => {
    const first = await bundle();
    expect(path.dirname(first)).toBe(path.join(root, "node_modules", ".cache", "lmh-bundles"));
    expect(path.basename(first)).toMatch(/^probe-[0-9a-f]{16}\.mjs$/);
    expect(output(first)).toBe("first");
    // A stale bundle would be reused here if freshness were not checked: make it look stale on disk.
    await writeFile(first, `console.log("cached");\n`);
    expect(await bundle()).toBe(first);
    expect(output(first)).toBe("cached");
  });

  it("rebuilds under a new name when an imported source changed", async () => {
    const first = await bundle();
    await writeFile(path.join(root, "word.ts"), `export const word = "second";\n`);
    const second = await bundle();
    expect(second).not.toBe(first);
    expect(output(second)).toBe("second");
    expect(output(first)).toBe("first"); // a child started from the old bundle is undisturbed
  });

  it("rebuilds when the build options changed", async () => {
    const plain = await bundle();
    const banner = await cachedBundle({ root, entry: "entry.ts", name: "probe", options: { banner: { js: `console.log("banner");` } } });
    expect(banner).not.toBe(plain);
    expect(output(banner)).toBe("banner\nfirst");
  });

  it("rebuilds when only an input's mtime changed (same contents: same name), and when the bundle is gone", async () => {
    const first = await bundle();
    await writeFile(first, `console.log("tampered");\n`);
    const later = new Date(Date.now() + 5000);
    await utimes(path.join(root, "word.ts"), later, later);
    expect(await bundle()).toBe(first);
    expect(output(first)).toBe("first");
    await unlink(first);
    expect(output(await bundle())).toBe("first");
  });
});
