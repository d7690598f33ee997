// Training speed, in steps per frame of the worker's 60 Hz pace.
export const SPEEDS = [1, 2, 5, 10, 20, 50, 100, 200, 500] as const;

/** Aim for a whole run in about 15 s when compute keeps up. */
const TARGET_FRAMES = 15 * 60;

export function defaultSpeed(totalSteps: number): number {
  return SPEEDS.find((s) => s * TARGET_FRAMES >= totalSteps) ?? SPEEDS[SPEEDS.length - 1];
}
