// Serializable description of a demo, built on the server from an experiment's zod schema so the
// browser can render controls without shipping zod or the experiment code to the main thread.
import type { ObservableSpec, PlotSpec } from "@/lib/experiments/types";

export type ParamValue = number | string | boolean | number[];
export type ParamValues = Record<string, ParamValue>;

/** How a URL string is turned back into a parameter value. */
export type ParamKind = "number" | "string" | "boolean" | "list";

interface ControlBase {
  key: string;
  label: string;
}

export type ControlSpec =
  | (ControlBase & {
      kind: "slider";
      min: number;
      max: number;
      log: boolean;
      /** For a log slider whose range starts at 0: the smallest positive value; 0 sits at the far left. */
      logFloor?: number;
      int: boolean;
      multipleOf?: number;
    })
  | (ControlBase & { kind: "number"; min?: number; max?: number; int: boolean; multipleOf?: number })
  | (ControlBase & { kind: "select"; options: string[] })
  | (ControlBase & { kind: "checkbox" })
  | (ControlBase & { kind: "list"; hint: string });

export interface DemoSpec {
  /** Versioned experiment id, e.g. "deep-linear-modes@1". */
  id: string;
  slug: string;
  title: string;
  controls: ControlSpec[];
  /** Every schema parameter (controls or not), so a shared URL may set any of them. */
  paramKinds: Record<string, ParamKind>;
  /** The schema's defaults: the configuration that reproduces the documented result. */
  defaults: ParamValues;
  plots: PlotSpec[];
  observables: ObservableSpec[];
  defaultSeeds: number[];
}
