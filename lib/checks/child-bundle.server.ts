// Child scripts run from one esbuild bundle each (lib/build/cached-bundle.mjs: cached, rebuilt when
// a source changed), so a child starts with plain `node`: no tsx loader transpiling the registry
// in every child. Without `import "server-only"`: used by `npm run worker` under tsx too (as lib/db).
import path from "node:path";
import { cachedBundle } from "@/lib/build/cached-bundle.mjs";

// Left to Node's resolution from node_modules: tfjs-core holds the one engine that the wasm
// backend (a separate package) registers with, and the wasm backend finds its .wasm files through
// __dirname, which a bundle does not have. The rest of tfjs bundles, and loads faster bundled.
const EXTERNAL = ["@tensorflow/tfjs-core", "@tensorflow/tfjs-core/*", "@tensorflow/tfjs-backend-wasm"];
// CommonJS inside the bundle requires those external packages: an ES module has no `require`.
const REQUIRE = `import { createRequire as __lmhCreateRequire } from "node:module"; const require = __lmhCreateRequire(import.meta.url);`;

/** The bundle of the TypeScript child script `entry` (an absolute path under the current directory). */
export function childBundle(entry: string): Promise<string> {
  const root = process.cwd();
  const relative = path.relative(root, entry);
  const name = `child-${relative.replace(/\.[^.]+$/, "").replace(/[^a-zA-Z0-9]+/g, "-")}`;
  return cachedBundle({ root, entry: relative, name, options: { external: EXTERNAL, banner: { js: REQUIRE } } });
}
