// Owns one training worker per demo and mirrors its replies into React state. Replies from a
// superseded load (an older generation) are dropped.
import { useCallback, useEffect, useReducer, useRef } from "react";
import type { ParamError } from "@/lib/experiments/params";
import type { Snapshot, TheoryPrediction, Tolerance } from "@/lib/experiments/types";
import type { ParamValues } from "./types";
import { demoWorkerUrl } from "@/components/islands/worker-url";
import type { FromWorker, ToWorker } from "./worker-protocol";

export interface DemoRunState {
  status: "loading" | "ready" | "invalid" | "failed";
  errors: ParamError[];
  message?: string;
  params?: ParamValues;
  theory?: TheoryPrediction;
  tolerances?: Record<string, Tolerance>;
  snapshot?: Snapshot;
  /** Follows the reader's play and pause at once, for the controls. */
  playing: boolean;
  /** Whether the worker, in its latest snapshot, was training: false only once it has taken a pause. */
  workerPlaying: boolean;
  backend?: string;
}

type Action = FromWorker | { type: "loading" } | { type: "playing"; playing: boolean };

const initial: DemoRunState = { status: "loading", errors: [], playing: false, workerPlaying: false };

function reduce(state: DemoRunState, a: Action): DemoRunState {
  switch (a.type) {
    case "loading":
      return { ...initial, playing: state.playing };
    case "loaded":
      return { ...state, status: "ready", errors: [], params: a.params, theory: a.theory, tolerances: a.tolerances, backend: a.backend };
    case "snapshot":
      return { ...state, snapshot: a.snapshot, playing: a.playing, workerPlaying: a.playing };
    case "invalid":
      return { ...initial, status: "invalid", errors: a.errors };
    case "failed":
      return { ...initial, status: "failed", message: a.message };
    case "playing":
      return { ...state, playing: a.playing };
  }
}

export function useDemoWorker(id: string) {
  const worker = useRef<Worker | null>(null);
  const generation = useRef(0);
  const [state, dispatch] = useReducer(reduce, initial);

  useEffect(() => {
    const w = new Worker(demoWorkerUrl, { type: "module" });
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      if (e.data.generation === generation.current) dispatch(e.data);
    };
    w.onerror = (e) =>
      dispatch({ type: "failed", generation: generation.current, message: e.message || "The training worker could not start." });
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  const send = useCallback((m: ToWorker) => worker.current?.postMessage(m), []);

  return {
    state,
    load: useCallback(
      (params: Record<string, unknown>, seed: number) => {
        generation.current += 1;
        dispatch({ type: "loading" });
        send({ type: "load", generation: generation.current, id, params, seed });
      },
      [id, send],
    ),
    play: useCallback(() => {
      dispatch({ type: "playing", playing: true });
      send({ type: "play" });
    }, [send]),
    pause: useCallback(() => {
      dispatch({ type: "playing", playing: false });
      send({ type: "pause" });
    }, [send]),
    step: useCallback(() => send({ type: "step" }), [send]),
    setSpeed: useCallback((stepsPerFrame: number) => send({ type: "speed", stepsPerFrame }), [send]),
  };
}
