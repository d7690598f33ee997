// Trains one experiment off the main thread: the only place in the browser that loads the
// registry (and so tfjs). Commands are handled one at a time, between chunks of training.
import { selectBackend } from "@/lib/experiments/core/tf-backend";
import { parseParams } from "@/lib/experiments/params";
import { getExperiment } from "@/lib/experiments/registry";
import type { Run, Tolerance } from "@/lib/experiments/types";
import type { ParamValues } from "./types";
import { FRAMES_PER_SECOND, MAX_SNAPSHOTS_PER_SECOND, type FromWorker, type ToWorker } from "./worker-protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (msg: FromWorker) => scope.postMessage(msg);

const frameMs = 1000 / FRAMES_PER_SECOND;
const postEveryMs = 1000 / MAX_SNAPSHOTS_PER_SECOND;
/** Most training between two looks at the inbox, so pause and new params answer promptly. */
const MAX_FRAME_WORK_MS = 100;

let session: { run: Run; generation: number } | null = null;
let playing = false;
let stepsPerFrame = 1;
/** Running estimate of one step's cost in this run; 0 until measured. */
let msPerStep = 0;
let lastPost = 0;
let backend: Promise<string> | null = null;
const inbox: ToWorker[] = [];
let wake: (() => void) | null = null;

/** wasm where it initialises (the binaries are served from /tfjs/), else the pure-JS cpu backend. */
function ensureBackend(): Promise<string> {
  backend ??= selectBackend("wasm").then(
    () => "wasm",
    () => selectBackend("cpu").then(() => "cpu"),
  );
  return backend;
}

function postSnapshot(snapshot = session?.run.snapshot()) {
  if (!session || !snapshot) return;
  lastPost = performance.now();
  post({ type: "snapshot", generation: session.generation, snapshot, playing });
}

/** A new configuration keeps playing if the old one was, once it has started. */
async function load(msg: Extract<ToWorker, { type: "load" }>) {
  session?.run.dispose();
  session = null;
  msPerStep = 0;
  const wasPlaying = playing;
  playing = false;
  const exp = getExperiment(msg.id);
  if (!exp) return post({ type: "failed", generation: msg.generation, message: `Unknown experiment ${msg.id}` });
  const parsed = parseParams(exp, msg.params);
  if (!parsed.ok) return post({ type: "invalid", generation: msg.generation, errors: parsed.errors });
  try {
    const name = await ensureBackend();
    const theory = exp.theory(parsed.params);
    const overrides = exp.tolerances?.(parsed.params) ?? {};
    const tolerances: Record<string, Tolerance> = {};
    for (const o of exp.observables) tolerances[o.key] = overrides[o.key] ?? o.tolerance;
    const run = await exp.start(parsed.params, msg.seed);
    session = { run, generation: msg.generation };
    playing = wasPlaying;
    post({ type: "loaded", generation: msg.generation, params: parsed.params as ParamValues, theory, tolerances, backend: name });
    postSnapshot();
  } catch (e) {
    post({ type: "failed", generation: msg.generation, message: e instanceof Error ? e.message : String(e) });
  }
}

async function handle(msg: ToWorker) {
  switch (msg.type) {
    case "load":
      return load(msg);
    case "play":
      playing = !!session && !session.run.snapshot().done;
      return postSnapshot();
    case "pause":
      playing = false;
      return postSnapshot();
    case "step":
      if (!session || playing) return;
      await session.run.advance(1);
      return postSnapshot();
    case "speed":
      stepsPerFrame = Math.max(1, Math.floor(msg.stepsPerFrame));
  }
}

/**
 * One frame of training: `stepsPerFrame` steps, or fewer when they would take longer than
 * MAX_FRAME_WORK_MS. Snapshots are throttled, but the last one of a run is always sent.
 */
async function frame() {
  if (!session) return;
  const started = performance.now();
  const affordable = msPerStep > 0 ? Math.floor(MAX_FRAME_WORK_MS / msPerStep) : 1;
  const steps = Math.max(1, Math.min(stepsPerFrame, affordable));
  await session.run.advance(steps);
  const spent = (performance.now() - started) / steps;
  msPerStep = msPerStep > 0 ? 0.7 * msPerStep + 0.3 * spent : spent;
  const snapshot = session.run.snapshot();
  if (snapshot.done) playing = false;
  if (snapshot.done || performance.now() - lastPost >= postEveryMs) postSnapshot(snapshot);
  // Wait out the rest of the frame so "steps per frame" sets the pace; a macrotask either way,
  // so queued commands (pause, new params) are received between frames.
  await new Promise((r) => setTimeout(r, Math.max(0, frameMs - (performance.now() - started))));
}

async function pump() {
  for (;;) {
    const msg = inbox.shift();
    if (msg) await handle(msg);
    else if (playing && session) await frame();
    else await new Promise<void>((r) => (wake = r));
  }
}

scope.onmessage = (e: MessageEvent<ToWorker>) => {
  inbox.push(e.data);
  wake?.();
  wake = null;
};

void pump();
