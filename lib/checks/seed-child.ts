// One seed of one registry experiment, run inside runContained's limits (a child process, started
// from a bundle of this file: lib/checks/child-bundle.server.ts). It loads the registry and selects
// the tfjs backend first, then reports ready and waits for its input, so a spare child is warm.
// Input: { experiment: "slug@version", params, seed, chunks }. Only experiments of the registry
// run, with parameters that pass its schema again here: the input is data, never code.
import * as tf from "@tensorflow/tfjs";
import { selectServerBackend } from "@/lib/experiments/core/tf-backend.node.js";
import { parseParams } from "@/lib/experiments/params";
import { experiments } from "@/lib/experiments/registry";
import { runToCompletion } from "@/lib/experiments/runner";
import { childChannel } from "./child-channel";
import { encodeSnapshot } from "./snapshot-codec";

// Since the process started (ms): what the start-up costs, for the benchmarks.
const modulesMs = performance.now();
await selectServerBackend();
const { input, send } = await childChannel({ modulesMs, backendMs: performance.now() });
const { experiment, params, seed, chunks } = input as { experiment: string; params: unknown; seed: number; chunks: number };
const exp = experiments.find((e) => e.id === experiment);
if (!exp) throw new Error(`not an experiment of the registry: ${experiment}`);
const parsed = parseParams(exp, params);
if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join("; "));
const snapshot = await runToCompletion(exp, parsed.params, seed, (s) => send({ type: "progress", step: s.step, totalSteps: s.totalSteps }), chunks);
send({ type: "result", value: { snapshot: encodeSnapshot(snapshot), backend: tf.getBackend(), tfjs: tf.version.tfjs } });
