// One esbuild bundle of a TypeScript entry, cached in node_modules/.cache/lmh-bundles and rebuilt
// when any of its input files, its build options or esbuild changed (inputs by size and mtime). Plain JavaScript, so that code Node
// runs as it is (the markdown worker thread) can use it as well as the TypeScript callers.
// The bundle's name carries a hash of its contents: a changed bundle is a new file, so a process
// already started from the old one is undisturbed and callers can tell that it changed.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

/** Whether every file exists and every recorded input still has its recorded size and mtime. */
async function isFresh(files) {
  try {
    // All at once: the check children's bundle has some 200 inputs, checked before every seed.
    const stats = await Promise.all(files.map(([file]) => stat(file)));
    return files.every(([, size, mtimeMs], i) => size === undefined || (stats[i].size === size && stats[i].mtimeMs === mtimeMs));
  } catch {
    return false;
  }
}

async function readManifest(file) {
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch {
    return null;
  }
}

// Written under a unique name, then renamed: processes starting at once never read half a file.
async function writeAtomically(file, contents) {
  const unique = `${file}.${process.pid}-${Date.now()}`;
  await writeFile(unique, contents);
  await rename(unique, file);
}

/** Builds `entry` (relative to `root`) with `options`, or reuses the cached build; returns the bundle's absolute path. */
export async function cachedBundle({ root, entry, name, options = {} }) {
  // Inside node_modules, so that packages left external resolve from the bundle's location.
  const dir = path.join(root, "node_modules", ".cache", "lmh-bundles");
  const manifestFile = path.join(dir, `${name}.json`);
  const key = JSON.stringify(options);
  const manifest = await readManifest(manifestFile);
  if (manifest?.key === key && (await isFresh([[path.join(dir, manifest.bundle)], ...manifest.inputs]))) return path.join(dir, manifest.bundle);

  const { build } = await import("esbuild");
  const result = await build({
    ...options,
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    metafile: true,
    write: false,
    logLevel: "error",
  });
  const contents = result.outputFiles[0].contents;
  const bundle = `${name}-${createHash("sha256").update(contents).digest("hex").slice(0, 16)}.mjs`;
  // esbuild's own package.json stands for its version: an upgrade rebuilds.
  const esbuildVersion = createRequire(import.meta.url).resolve("esbuild/package.json");
  const inputs = await Promise.all(
    [...Object.keys(result.metafile.inputs).map((input) => path.join(root, input)), esbuildVersion].map(async (file) => {
      const s = await stat(file);
      return [file, s.size, s.mtimeMs];
    }),
  );
  await mkdir(dir, { recursive: true });
  await writeAtomically(path.join(dir, bundle), contents);
  await writeAtomically(manifestFile, JSON.stringify({ bundle, key, inputs }));
  return path.join(dir, bundle);
}
