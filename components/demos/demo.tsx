// The interactive demo: controls, transport, live plots and the verdict table for one experiment.
// Mounted by the <lmh-demo> island (components/islands/demo-app.tsx); training runs in
// demo.worker.ts, never on this thread.
import { useCallback, useEffect, useRef, useState } from "react";
import { DemoTitle } from "./frame";
import { LivePlot } from "./live-plot";
import { ObservablesTable } from "./observables-table";
import { ControlField } from "./param-controls";
import { ShareBar } from "./share-bar";
import { usePalette } from "./theme-palette";
import { Transport } from "./transport";
import type { ControlSpec, DemoSpec, ParamValues } from "./types";
import { parseSeed, readOverrides, submissionSeeds, submitHref, writeOverrides } from "./url-state";
import { useDemoWorker } from "./use-demo-worker";

export interface DemoProps {
  spec: DemoSpec;
  /** The page's configuration: schema defaults overridden by the embed's params. */
  base: ParamValues;
  seed: number;
  /** Namespace of this instance's query-string entries. */
  ns: string;
  /** Initial steps per frame. */
  speed: number;
  /** Element id of the demo's box, the share link's fragment. */
  anchorId: string;
}

/** Lets a slider drag settle before the run restarts. */
const RESTART_DELAY_MS = 150;

const seedControl: ControlSpec = { kind: "number", key: "seed", label: "Seed", min: 0, int: true };

export function Demo({ spec, base, seed: baseSeed, ns, speed: initialSpeed, anchorId }: DemoProps) {
  const root = useRef<HTMLDivElement>(null);
  const palette = usePalette(root);
  const [fromUrl] = useState(() => readOverrides(window.location.search, ns, spec.paramKinds));
  const [values, setValues] = useState<Record<string, unknown>>(() => ({ ...base, ...fromUrl.params }));
  const [seedInput, setSeedInput] = useState<unknown>(fromUrl.seed ?? baseSeed);
  const [speed, setSpeed] = useState(initialSpeed);
  const edited = useRef(false);
  const run = useDemoWorker(spec.id);
  const { load, setSpeed: sendSpeed } = run;
  const seed = parseSeed(seedInput);

  useEffect(() => sendSpeed(speed), [speed, sendSpeed]);

  useEffect(() => {
    const checked = parseSeed(seedInput);
    if (!checked.ok) return;
    const timer = setTimeout(() => load(values, checked.seed), edited.current ? RESTART_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [values, seedInput, load]);

  // A query string with this demo's entries set to the current configuration. Other demos on the
  // page write their own entries, so it is applied to the query of the moment at each use.
  const withOverrides = useCallback(
    (query: string) => {
      const checked = parseSeed(seedInput);
      const state = { params: values as ParamValues, seed: checked.ok ? checked.seed : baseSeed };
      return writeOverrides(query, ns, state, { params: base, seed: baseSeed }, spec.defaults);
    },
    [values, seedInput, ns, base, baseSeed, spec.defaults],
  );
  const search = withOverrides(window.location.search);
  // The address bar follows the configuration once the reader changes it.
  useEffect(() => {
    if (!edited.current) return;
    const { pathname, hash, search: current } = window.location;
    window.history.replaceState(window.history.state, "", `${pathname}${withOverrides(current)}${hash}`);
  }, [withOverrides]);

  const edit = (key: string, value: unknown) => {
    edited.current = true;
    setValues((v) => ({ ...v, [key]: value }));
  };
  const editSeed = (value: unknown) => {
    edited.current = true;
    setSeedInput(value);
  };
  const restoreDefaults = () => {
    edited.current = true;
    setValues({ ...base });
    setSeedInput(baseSeed);
  };

  const { state } = run;
  const snap = state.snapshot;
  const errors = [...(seed.ok ? [] : [{ param: "seed", message: seed.message }]), ...state.errors];
  const shareUrl = `${window.location.origin}${window.location.pathname}${search}#${anchorId}`;
  const submitUrl =
    state.status === "ready" && state.params && seed.ok ? submitHref(spec.id, state.params, submissionSeeds(seed.seed, spec.defaultSeeds)) : null;
  const statusText =
    state.status === "failed" ? `Failed: ${state.message}` : state.status !== "ready" ? "Starting…" : state.playing ? "Training" : snap?.done ? "Finished" : "Paused";

  return (
    // data-playing is the worker's own word, so tests and benchmarks can wait for a pause to be taken.
    <div ref={root} className="lmh-demo flex flex-col gap-4 p-4" data-demo={spec.slug} data-status={state.status} data-playing={state.workerPlaying}>
      <DemoTitle
        title={spec.title}
        aside={
          <p className="shrink-0 pt-1 text-xs text-ink-2" role="status">
            {statusText}
            {state.backend && <span className="text-ink-3"> · worker, tfjs {state.backend}</span>}
          </p>
        }
      />
      <Transport
        ready={state.status === "ready"}
        playing={state.playing}
        step={snap?.step ?? 0}
        totalSteps={snap?.totalSteps ?? 0}
        done={!!snap?.done}
        speed={speed}
        onPlay={run.play}
        onPause={run.pause}
        onStep={run.step}
        onReset={() => {
          run.pause();
          if (seed.ok) load(values, seed.seed);
        }}
        onSpeed={setSpeed}
      />
      {errors.length > 0 && (
        <div role="alert" className="flex flex-col items-start gap-1 rounded-md border border-danger px-3 py-2 text-sm text-danger" data-testid="demo-errors">
          <p className="font-medium">This configuration is not valid:</p>
          <ul className="flex flex-col gap-1 py-1">
            {errors.map((e) => (
              <li key={e.param}>{e.message}</li>
            ))}
          </ul>
          <button type="button" onClick={restoreDefaults} className="rounded-md px-2 py-1 text-ink ring-1 ring-rule hover:bg-paper-2">
            Restore defaults
          </button>
        </div>
      )}
      {state.status === "failed" && (
        <p role="alert" className="text-sm text-danger">
          The demo could not run: {state.message}
        </p>
      )}
      <div className="grid grid-cols-1 gap-4 @3xl:grid-cols-[15rem_minmax(0,1fr)]">
        <form className="flex flex-col gap-4" onSubmit={(e) => e.preventDefault()} aria-label={`Parameters: ${spec.title}`}>
          <fieldset className="flex flex-col gap-4">
            <legend className="mb-2 text-xs font-semibold tracking-wide text-ink-2 uppercase">Parameters</legend>
            {spec.controls.map((c) => (
              <ControlField key={c.key} c={c} value={values[c.key]} onChange={(v) => edit(c.key, v)} />
            ))}
            <ControlField c={seedControl} value={seedInput} onChange={editSeed} />
          </fieldset>
          <ShareBar shareUrl={shareUrl} submitUrl={submitUrl} />
        </form>
        <div className="flex min-w-0 flex-col gap-4">
          <div className="grid grid-cols-1 gap-4 @5xl:grid-cols-2">
            {spec.plots.map((p) => (
              <LivePlot key={p.id} plot={p} sim={snap?.series} theory={state.theory?.series} palette={palette} />
            ))}
          </div>
          <ObservablesTable
            title={spec.title}
            observables={spec.observables}
            tolerances={state.tolerances ?? {}}
            measured={snap?.observables ?? {}}
            predicted={state.theory?.observables ?? {}}
            done={!!snap?.done}
            seed={seed.ok ? seed.seed : baseSeed}
            defaultSeeds={spec.defaultSeeds}
          />
        </div>
      </div>
    </div>
  );
}
