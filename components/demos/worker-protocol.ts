// Messages between a demo and its training worker. `generation` tags every load so replies
// to a superseded configuration are ignored.
import type { ParamError } from "@/lib/experiments/params";
import type { Snapshot, TheoryPrediction, Tolerance } from "@/lib/experiments/types";
import type { ParamValues } from "./types";

export type ToWorker =
  | { type: "load"; generation: number; id: string; params: Record<string, unknown>; seed: number }
  | { type: "play" }
  | { type: "pause" }
  | { type: "step" }
  | { type: "speed"; stepsPerFrame: number };

export type FromWorker =
  | {
      type: "loaded";
      generation: number;
      params: ParamValues;
      theory: TheoryPrediction;
      /** Effective tolerance of every observable for these params. */
      tolerances: Record<string, Tolerance>;
      backend: string;
    }
  | { type: "invalid"; generation: number; errors: ParamError[] }
  | { type: "snapshot"; generation: number; snapshot: Snapshot; playing: boolean }
  | { type: "failed"; generation: number; message: string };

/** Snapshots posted per second at most while playing: smooth, and cheap for the main thread. */
export const MAX_SNAPSHOTS_PER_SECOND = 30;
/** The worker paces itself to this many chunks of `stepsPerFrame` per second. */
export const FRAMES_PER_SECOND = 60;
