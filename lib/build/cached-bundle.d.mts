import type { BuildOptions } from "esbuild";

export interface CachedBundleOptions {
  /** The project root: `entry` and the cache (node_modules/.cache/lmh-bundles) are under it. */
  root: string;
  entry: string;
  /** Names the cached bundle; one name per entry and options. */
  name: string;
  /** Beyond the fixed ones (bundle, ESM for Node 20). */
  options?: Omit<BuildOptions, "absWorkingDir" | "entryPoints" | "bundle" | "platform" | "format" | "target" | "metafile" | "write" | "logLevel">;
}

export function cachedBundle(options: CachedBundleOptions): Promise<string>;
