// The worker thread that cooks user text (started by render.ts). Plain JavaScript, so Node runs it
// as it is wherever the site runs: the Next.js server after a Turbopack build, vitest, tsx scripts.
//
// It runs the TypeScript pipeline as one esbuild bundle, cached in node_modules/.cache and rebuilt
// when any of its input files changed. Why not load the sources through tsx: its loader hooks made
// each worker start take ~5 s on a busy 2-core machine (some 300 modules through the hooks thread);
// the cached bundle loads in a fraction of a second, and a worker is restarted after every timeout.
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parentPort } from "node:worker_threads";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cacheDir = fileURLToPath(new URL("../../node_modules/.cache/lmh-markdown/", import.meta.url));
const bundleFile = `${cacheDir}pipeline.mjs`;
const inputsFile = `${cacheDir}inputs.json`;

/** Whether the cached bundle was built from the files as they are now (by size and mtime). */
async function bundleIsFresh() {
  try {
    const inputs = JSON.parse(await readFile(inputsFile, "utf8"));
    for (const [file, size, mtimeMs] of inputs) {
      const s = await stat(file);
      if (s.size !== size || s.mtimeMs !== mtimeMs) return false;
    }
    return true;
  } catch {
    return false;
  }
}

async function buildBundle() {
  const { build } = await import("esbuild");
  const result = await build({
    absWorkingDir: root,
    entryPoints: ["lib/markdown/pipeline.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    minify: true,
    metafile: true,
    write: false,
    logLevel: "error",
  });
  const inputs = await Promise.all(
    Object.keys(result.metafile.inputs).map(async (input) => {
      const file = `${root}${input}`;
      const s = await stat(file);
      return [file, s.size, s.mtimeMs];
    }),
  );
  // Written under unique names, then renamed: processes starting at once never read half a file.
  await mkdir(cacheDir, { recursive: true });
  const unique = `${process.pid}-${Date.now()}`;
  await writeFile(`${bundleFile}.${unique}`, result.outputFiles[0].contents);
  await rename(`${bundleFile}.${unique}`, bundleFile);
  await writeFile(`${inputsFile}.${unique}`, JSON.stringify(inputs));
  await rename(`${inputsFile}.${unique}`, inputsFile);
}

if (!(await bundleIsFresh())) await buildBundle();
const { cookMarkdown } = await import(pathToFileURL(bundleFile).href);

parentPort.on("message", ({ id, source, knownHandles }) => {
  try {
    parentPort.postMessage({ id, result: cookMarkdown(source, knownHandles) });
  } catch (error) {
    // e.g. RangeError on absurd nesting: the caller stores the fallback, as for a timeout.
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
