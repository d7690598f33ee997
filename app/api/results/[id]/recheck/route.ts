// POST /api/results/:id/recheck — the same claims on the experiment's current version (409 when the pinned one is current).
import { json, route } from "@/lib/http/route.server";
import { rateRules } from "@/lib/rate-limit/rules";
import { recheckOnCurrentVersion } from "@/lib/results/submit.server";
import { resultIdParams } from "@/lib/results/api";

export const POST = route({ auth: "viewer-or-token", params: resultIdParams, rateLimits: [{ rule: rateRules.resultSubmitPerMember, per: "viewer" }] }, async ({ viewer, params }) => {
  const done = await recheckOnCurrentVersion(viewer, params.id);
  return done.ok ? json(done.value, 202) : done;
});
