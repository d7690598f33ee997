// Copies tfjs-backend-wasm's binaries into public/tfjs/, where the demos' training worker loads
// them (lib/experiments/core/tf-backend.ts defaults to /tfjs/). Run after install:
//   node scripts/copy-tfjs-wasm.mjs
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const dist = path.join(path.dirname(require.resolve("@tensorflow/tfjs-backend-wasm/package.json")), "dist");
const target = path.join(root, "public", "tfjs");

const binaries = readdirSync(dist).filter((f) => /^tfjs-backend-wasm.*\.wasm$/.test(f));
if (binaries.length === 0) throw new Error(`copy-tfjs-wasm: no .wasm files in ${dist}`);
mkdirSync(target, { recursive: true });
for (const f of binaries) copyFileSync(path.join(dist, f), path.join(target, f));
console.log(`copy-tfjs-wasm: ${binaries.join(", ")} -> public/tfjs/`);
