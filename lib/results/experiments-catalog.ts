// What GET /api/experiments tells a client: every experiment the server checks, its parameter
// JSON Schema (from the zod schema whose bounds are the caps), its observables with their roles,
// and the cost model that decides whether a spec fits the cap.
import { z } from "@/lib/zod";
import { experiments } from "@/lib/experiments/registry";
import { MAX_CHECK_FLOPS, MAX_CLAIMS, MAX_SEEDS } from "./spec";
import { CLAIM_KINDS } from "./claims";

export function experimentsCatalog() {
  return {
    caps: { maxSeeds: MAX_SEEDS, maxClaims: MAX_CLAIMS, maxCheckFlops: MAX_CHECK_FLOPS },
    claimKinds: CLAIM_KINDS.map((k) => k.kind),
    costModel: "A check costs cost(params).flops for each seed; the total must not exceed caps.maxCheckFlops. defaultCost is cost() at the defaults.",
    experiments: experiments.map((e) => {
      const defaults = e.params.parse({});
      return {
        id: e.id,
        slug: e.slug,
        version: e.version,
        title: e.title,
        summary: e.summary,
        params: z.toJSONSchema(e.params, { io: "input" }),
        defaults,
        defaultSeeds: e.defaultSeeds,
        defaultCost: e.cost(defaults),
        observables: e.observables.map((o) => ({
          key: o.key,
          label: o.label,
          description: o.description,
          role: o.role,
          ...(o.role === "prediction" && { requires: o.requires ?? e.observables.filter((p) => p.role === "precondition").map((p) => p.key) }),
          tolerance: o.tolerance,
          reduce: o.reduce,
        })),
      };
    }),
  };
}
