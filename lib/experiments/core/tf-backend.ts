// Backend selection for tfjs, safe to bundle for the browser (no Node imports).
// The browser fetches the .wasm binaries from `/tfjs/` by default; call setWasmPrefix first
// to serve them from elsewhere (the Node entry point points it at node_modules).
import * as tf from "@tensorflow/tfjs";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";

export type BackendName = "wasm" | "cpu" | "webgl";

let wasmPrefix = "/tfjs/";
let wasmPathsSet = false;

/** Where the tfjs-backend-wasm*.wasm files are served from. Must precede the first selectBackend("wasm"). */
export function setWasmPrefix(prefix: string): void {
  if (wasmPathsSet) throw new Error("setWasmPrefix: the wasm backend paths are already set");
  wasmPrefix = prefix.endsWith("/") ? prefix : `${prefix}/`;
}

/** Selects a tfjs backend and waits until it is ready; throws if it cannot initialise. */
export async function selectBackend(name: BackendName): Promise<void> {
  if (name === "wasm" && !wasmPathsSet) {
    setWasmPaths(wasmPrefix);
    wasmPathsSet = true;
  }
  if (tf.getBackend() === name) return; // backend name only: does not initialise anything
  const ok = await tf.setBackend(name);
  if (!ok) throw new Error(`selectBackend: tfjs backend "${name}" failed to initialise`);
  await tf.ready();
}
