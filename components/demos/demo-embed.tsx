// <DemoEmbed id="deep-linear-modes" params={{ learningRate: 0.01 }} />: the island MDX pages use.
// Server side it renders the poster inside a box of reserved height; the browser loads the
// interactive demo into that box when it scrolls into view.
import { parseParams } from "@/lib/experiments/params";
import { getExperiment } from "@/lib/experiments/registry";
import type { Experiment, TheoryPrediction } from "@/lib/experiments/types";
import { demoSpec } from "./describe-controls";
import { DemoPoster } from "./demo-poster";
import { frameProps, reservedHeights } from "./frame";
// Styles of the live demo too: the island bundle carries no CSS.
import "katex/dist/katex.min.css";
import "uplot/dist/uPlot.min.css";
import "./demo.css";
import { defaultSpeed } from "./speed";
import type { DemoProps } from "./demo";
import type { ParamValues } from "./types";

export interface DemoEmbedProps {
  /** Experiment id ("deep-linear-modes@1") or slug ("deep-linear-modes"). */
  id: string;
  /** Overrides of the experiment's defaults for this page. */
  params?: Record<string, unknown>;
  seed?: number;
  /** Query-string namespace; needed only when one page embeds the same experiment twice. */
  instance?: string;
}

/**
 * Theory is a pure function of the params and some take ~100 ms (an eigendecomposition), so each
 * configuration a page embeds is computed once per server process. Keys come from page sources,
 * never from readers, so the cache stays small.
 */
const theories = new Map<string, TheoryPrediction>();

function theoryFor(exp: Experiment, params: Record<string, unknown>): TheoryPrediction {
  const key = `${exp.id} ${JSON.stringify(params)}`;
  let theory = theories.get(key);
  if (!theory) theories.set(key, (theory = exp.theory(params)));
  return theory;
}

function EmbedError({ children }: { children: React.ReactNode }) {
  return (
    <div role="alert" className="my-6 rounded-lg border border-danger p-4 text-sm text-danger">
      {children}
    </div>
  );
}

export function DemoEmbed({ id, params, seed, instance }: DemoEmbedProps) {
  const exp = getExperiment(id);
  if (!exp) return <EmbedError>Unknown demo “{id}”.</EmbedError>;
  const parsed = parseParams(exp, params ?? {});
  if (!parsed.ok) {
    return (
      <EmbedError>
        <p className="font-medium">The demo “{exp.title}” has invalid parameters:</p>
        <ul className="ml-5 list-disc">
          {parsed.errors.map((e) => (
            <li key={e.param}>{e.message}</li>
          ))}
        </ul>
      </EmbedError>
    );
  }
  const ns = instance ?? exp.slug;
  const spec = demoSpec(exp);
  const frame = frameProps(reservedHeights(spec));
  const anchorId = `demo-${ns}`;
  const props: DemoProps = {
    spec,
    base: parsed.params as ParamValues,
    seed: seed ?? exp.defaultSeeds[0] ?? 0,
    ns,
    speed: defaultSpeed(exp.cost(parsed.params).steps),
    anchorId,
  };
  return (
    <div className="@container my-6">
      <div id={anchorId} className={frame.className} style={frame.style} data-demo-frame={exp.slug}>
        {/* Behaviour: components/islands/demo-island.ts */}
        <lmh-demo className="block h-full" data-props={JSON.stringify(props)}>
          <DemoPoster exp={exp} theory={theoryFor(exp, parsed.params)} tolerances={exp.tolerances?.(parsed.params) ?? {}} />
        </lmh-demo>
      </div>
    </div>
  );
}
