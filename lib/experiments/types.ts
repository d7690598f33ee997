// The contract every experiment in the registry implements. One definition serves the
// browser demos (stepped from a Web Worker), the server's reproducibility checks and the CLI.
import type { z } from "zod";

/** A named metric curve, e.g. loss against step. `x` and `y` have equal length. */
export interface Curve {
  x: number[];
  y: number[];
}

/** How a plot of a family of curves should be drawn (log axes where the physics is a power law). */
export interface PlotSpec {
  id: string;
  title: string;
  xLabel: string;
  yLabel: string;
  logX?: boolean;
  logY?: boolean;
  /** Keys into `series` of the simulation snapshot. */
  series: string[];
  /** Keys into `series` of the theory prediction, drawn dashed over the simulation. */
  theorySeries?: string[];
}

/** The tolerance that makes a "reproduced" verdict honest for one scalar observable. */
export type Tolerance =
  | { kind: "relative"; rel: number } // |measured - predicted| <= rel * |predicted|
  | { kind: "absolute"; abs: number } // |measured - predicted| <= abs
  | { kind: "range"; min: number; max: number }; // min <= measured <= max (prediction shown for context)

export interface ObservableSpec {
  key: string;
  label: string;
  description: string;
  tolerance: Tolerance;
  /** How per-seed values are reduced to the one statistic compared with theory. */
  reduce: "median" | "mean" | "min" | "max";
  /**
   * A prediction is what the theory says; a precondition says whether the run is in the setting the
   * theory covers. An unmet precondition makes the predictions that depend on it inconclusive.
   */
  role: "prediction" | "precondition";
  /** For a prediction: the preconditions it depends on (absent: every precondition of the experiment). */
  requires?: string[];
}

/** What a running simulation reports at any moment. */
export interface Snapshot {
  step: number;
  totalSteps: number;
  done: boolean;
  series: Record<string, Curve>;
  /** Scalar observables; NaN when not (yet) measurable, which yields an "inconclusive" verdict. */
  observables: Record<string, number>;
}

/** A simulation in progress: a pure function of (params, seed), advanced in chunks. */
export interface Run {
  /** Advance by up to `steps` units of work; resolves when done with them. */
  advance(steps: number): Promise<void>;
  snapshot(): Snapshot;
  /** Releases every tensor the run holds. Safe to call twice. */
  dispose(): void;
}

export interface TheoryPrediction {
  observables: Record<string, number>;
  series: Record<string, Curve>;
}

export interface Experiment<S extends z.ZodObject<z.ZodRawShape> = z.ZodObject<z.ZodRawShape>> {
  /** Stable versioned id, e.g. "deep-linear-modes@1". */
  id: string;
  slug: string;
  version: number;
  title: string;
  summary: string;
  /** BibTeX keys in content/references.bib. */
  references: string[];
  /** Bounds are the compute caps; defaults reproduce the documented result. */
  params: S;
  /** Seeds whose statistics the verdict uses by default. */
  defaultSeeds: number[];
  observables: ObservableSpec[];
  /**
   * Optional per-run overrides of `observables[].tolerance`, by observable key, for settings whose
   * honest tolerance differs (e.g. random instead of decoupled init). Absent keys keep the default.
   */
  tolerances?(params: z.infer<S>): Partial<Record<string, Tolerance>>;
  plots: PlotSpec[];
  /** Parameters a demo exposes as controls, in display order. */
  controls: (keyof z.infer<S> & string)[];
  /** Work of one run, computed on the server to cap submissions and to report FLOP/s. */
  cost(params: z.infer<S>): { steps: number; flops: number };
  start(params: z.infer<S>, seed: number): Promise<Run>;
  theory(params: z.infer<S>): TheoryPrediction;
}
