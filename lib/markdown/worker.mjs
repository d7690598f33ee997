// The worker thread that cooks user text (started by render.ts). Plain JavaScript, so Node runs it
// as it is wherever the site runs: the Next.js server after a Turbopack build, vitest, tsx scripts.
//
// It runs the TypeScript pipeline as one esbuild bundle (lib/build/cached-bundle.mjs: cached in
// node_modules/.cache, rebuilt when any of its input files changed). Why not load the sources
// through tsx: its loader hooks made each worker start take ~5 s on a busy 2-core machine (some
// 300 modules through the hooks thread); the cached bundle loads in a fraction of a second, and
// a worker is restarted after every timeout.
import { fileURLToPath, pathToFileURL } from "node:url";
import { parentPort } from "node:worker_threads";
import { cachedBundle } from "../build/cached-bundle.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bundle = await cachedBundle({ root, entry: "lib/markdown/pipeline.ts", name: "markdown-pipeline", options: { minify: true } });
const { cookMarkdown } = await import(pathToFileURL(bundle).href);

parentPort.on("message", ({ id, source, knownHandles }) => {
  try {
    parentPort.postMessage({ id, result: cookMarkdown(source, knownHandles) });
  } catch (error) {
    // e.g. RangeError on absurd nesting: the caller stores the fallback, as for a timeout.
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
