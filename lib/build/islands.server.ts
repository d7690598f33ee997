// Builds the islands with esbuild: the browser code that enhances static pages
// (components/islands/site.ts, which loads the demo's React chunk on demand) and the demo's training
// worker. Production output goes to public/islands with content hashes, so it can be cached
// forever; development output to public/islands-dev (islands-manifest.ts).
import { build, context, type BuildOptions, type Metafile } from "esbuild";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { islandsLocation, MANIFEST_FILE, type IslandsManifest } from "./islands-manifest";

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
    outdir: path.join(root, islandsLocation(dev).dir),
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
function outputUrl(metafile: Metafile, root: string, entry: string, dev: boolean): string {
  const [file] = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === entry) ?? [];
  if (!file) throw new Error(`islands build: no output for ${entry}`);
  const { dir, url } = islandsLocation(dev);
  return `${url}/${path.relative(path.join(root, dir), path.resolve(root, file)).split(path.sep).join("/")}`;
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
  const outdir = path.join(root, islandsLocation(dev).dir);
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });

  const workerEntry = "components/demos/demo.worker.ts";
  const siteEntry = "components/islands/site.ts";
  const demoWorker = outputUrl(await bundle({ ...options(root, dev), entryPoints: [workerEntry] }, watch), root, workerEntry, dev);

  const siteOptions: BuildOptions = {
    ...options(root, dev),
    entryPoints: [siteEntry],
    splitting: true,
    define: { ...options(root, dev).define, LMH_DEMO_WORKER_URL: JSON.stringify(demoWorker) },
  };
  const site = outputUrl(await bundle(siteOptions, watch), root, siteEntry, dev);

  const manifest: IslandsManifest = { site, demoWorker };
  await writeFile(path.join(outdir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
