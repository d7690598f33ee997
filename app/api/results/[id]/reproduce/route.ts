// POST /api/results/:id/reproduce — { seeds }: the same claims with other seeds, as a new result credited to the caller.
import { z } from "@/lib/zod";
import { json, route } from "@/lib/http/route.server";
import { rateRules } from "@/lib/rate-limit/rules";
import { reproduceResult, seedsSchema } from "@/lib/results/submit.server";
import { resultIdParams } from "@/lib/results/api";

export const POST = route(
  { auth: "viewer-or-token", params: resultIdParams, body: z.strictObject({ seeds: seedsSchema }), rateLimits: [{ rule: rateRules.resultSubmitPerMember, per: "viewer" }] },
  async ({ viewer, params, body }) => {
    const done = await reproduceResult(viewer, params.id, body.seeds);
    return done.ok ? json(done.value, 202) : done;
  },
);
