// Play / pause / single step / reset, the speed, and how far the run has got.
import { useId } from "react";
import { SPEEDS } from "./speed";

const shape = "inline-flex items-center justify-center rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-50";
const buttonClass = `${shape} bg-paper text-ink ring-1 ring-rule hover:bg-paper-2`;

export function Transport({
  ready,
  playing,
  step,
  totalSteps,
  done,
  speed,
  onPlay,
  onPause,
  onStep,
  onReset,
  onSpeed,
}: {
  ready: boolean;
  playing: boolean;
  step: number;
  totalSteps: number;
  done: boolean;
  speed: number;
  onPlay: () => void;
  onPause: () => void;
  onStep: () => void;
  onReset: () => void;
  onSpeed: (v: number) => void;
}) {
  const speedId = useId();
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Training">
      <button
        type="button"
        className={`${shape} min-w-20 bg-accent text-accent-ink hover:opacity-90`}
        onClick={playing ? onPause : onPlay}
        disabled={!ready || (done && !playing)}
        data-testid="demo-play"
      >
        {playing ? "Pause" : "Play"}
      </button>
      <button type="button" className={buttonClass} onClick={onStep} disabled={!ready || playing || done} data-testid="demo-step-once">
        Step
      </button>
      <button type="button" className={buttonClass} onClick={onReset} disabled={!ready} data-testid="demo-reset">
        Reset
      </button>
      <label htmlFor={speedId} className="ml-1 text-sm text-ink-2">
        Speed
      </label>
      <select
        id={speedId}
        value={speed}
        onChange={(e) => onSpeed(Number(e.target.value))}
        className="rounded-md border border-rule bg-paper px-2 py-1 text-sm text-ink"
        data-testid="demo-speed"
      >
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s} step{s === 1 ? "" : "s"}/frame
          </option>
        ))}
      </select>
      <div className="ml-auto flex min-w-40 items-center gap-2">
        <div
          role="progressbar"
          aria-label="Training progress"
          aria-valuemin={0}
          aria-valuemax={totalSteps}
          aria-valuenow={step}
          className="h-2 w-20 overflow-hidden rounded-full bg-rule"
        >
          <div className="h-full bg-accent" style={{ width: `${totalSteps ? (100 * step) / totalSteps : 0}%` }} />
        </div>
        <span className="font-mono text-xs text-ink-2 tabular-nums" data-testid="demo-step">
          {step.toLocaleString("en-US")} / {totalSteps.toLocaleString("en-US")}
        </span>
      </div>
    </div>
  );
}
