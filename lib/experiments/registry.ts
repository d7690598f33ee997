// Every experiment the hub can run. To add one: one import and one array entry.
import type { Experiment } from "./types";

export const experiments: Experiment[] = [];

export function getExperiment(idOrSlug: string): Experiment | undefined {
  return experiments.find((e) => e.id === idOrSlug || e.slug === idOrSlug);
}
