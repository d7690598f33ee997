// Server entry point: the wasm backend reads its binaries straight from node_modules.
// Import it as "@/lib/experiments/core/tf-backend.node.js": Node claims the bare ".node"
// suffix for native addons, so tsx will not resolve the extensionless specifier.
import { createRequire } from "node:module";
import path from "node:path";
import { setWasmPrefix, selectBackend } from "./tf-backend";

export { selectBackend, type BackendName } from "./tf-backend";

let configured = false;

/** Points the wasm backend at node_modules/@tensorflow/tfjs-backend-wasm/dist and selects it. */
export async function selectServerBackend(): Promise<void> {
  if (!configured) {
    const require = createRequire(import.meta.url);
    const pkg = require.resolve("@tensorflow/tfjs-backend-wasm/package.json");
    setWasmPrefix(path.join(path.dirname(pkg), "dist") + path.sep);
    configured = true;
  }
  await selectBackend("wasm");
}
