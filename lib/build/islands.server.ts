// Builds the islands with esbuild: the browser code that enhances static pages
// (components/islands/site.ts, which loads the demo's React chunk on demand) and the demo's training
// worker. Output goes to public/islands with content hashes, so it can be cached forever.
import { build, context, type BuildOptions, type Metafile } from "esbuild";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { ISLANDS_DIR, ISLANDS_URL, MANIFEST_FILE, type IslandsManifest } from "./islands-manifest";

interface Options {
  dev: boolean;
  /** Rebuild on source changes (npm run dev); resolves once the first build is written. */
  watch?: boolean;
}

function options(root: string, dev: boolean): BuildOptions {
  return {
    absWorkingDir: root,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    outdir: path.join(root, ISLANDS_DIR),
    entryNames: dev ? "[name]" : "[name]-[hash]",
    chunkNames: dev ? "chunks/[name]" : "chunks/[name]-[hash]",
    minify: !dev,
    sourcemap: dev ? "inline" : false,
    legalComments: "none",
    jsx: "automatic",
    // Styles reach pages through the Next.js build (demo-embed.tsx imports them).
    loader: { ".css": "empty" },
    define: { "process.env.NODE_ENV": JSON.stringify(dev ? "development" : "production") },
    metafile: true,
    logLevel: "warning",
  };
}

/** The URL of the output file built from `entry` (a path relative to root). */
function outputUrl(metafile: Metafile, root: string, entry: string): string {
  const [file] = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === entry) ?? [];
  if (!file) throw new Error(`islands build: no output for ${entry}`);
  return `${ISLANDS_URL}/${path.relative(path.join(root, ISLANDS_DIR), path.resolve(root, file)).split(path.sep).join("/")}`;
}

/**
 * Whether public/islands holds the production bundles. The content-hashed names the prerendered
 * HTML refers to come back identical from a rebuild, so after `npm run dev` replaced them,
 * rebuilding the islands alone repairs a production build.
 */
export async function productionIslandsPresent(root: string): Promise<boolean> {
  try {
    const manifest = JSON.parse(await readFile(path.join(root, ISLANDS_DIR, MANIFEST_FILE), "utf8")) as IslandsManifest;
    return manifest.mode === "production";
  } catch {
    return false;
  }
}

/** Builds once, or (watch) builds and keeps rebuilding on changes; names are stable in development. */
async function bundle(opts: BuildOptions, watch: boolean): Promise<Metafile> {
  if (!watch) return (await build(opts)).metafile!;
  const ctx = await context(opts);
  const { metafile } = await ctx.rebuild();
  await ctx.watch();
  return metafile!;
}

export async function buildIslands(root: string, { dev, watch = false }: Options): Promise<IslandsManifest> {
  const outdir = path.join(root, ISLANDS_DIR);
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });

  const workerEntry = "components/demos/demo.worker.ts";
  const siteEntry = "components/islands/site.ts";
  const demoWorker = outputUrl(await bundle({ ...options(root, dev), entryPoints: [workerEntry] }, watch), root, workerEntry);

  const siteOptions: BuildOptions = {
    ...options(root, dev),
    entryPoints: [siteEntry],
    splitting: true,
    define: { ...options(root, dev).define, LMH_DEMO_WORKER_URL: JSON.stringify(demoWorker) },
  };
  const site = outputUrl(await bundle(siteOptions, watch), root, siteEntry);

  const manifest: IslandsManifest = { mode: dev ? "development" : "production", site, demoWorker };
  await writeFile(path.join(outdir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
