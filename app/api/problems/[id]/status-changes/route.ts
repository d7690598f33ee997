// POST /api/problems/:id/status-changes — { to, reason, evidence[], direct? }: a member proposes a
// status change (to the review queue); a moderator with direct: true makes it at once (audited).
import { z } from "@/lib/zod";
import { json, route } from "@/lib/http/route.server";
import { rateRules } from "@/lib/rate-limit/rules";
import { problemSlug, statusChangeSchema } from "@/lib/problems/schemas";
import { submitStatusChange } from "@/lib/problems/status-changes.server";

const params = z.object({ id: problemSlug });

export const POST = route({ auth: "viewer", params, body: statusChangeSchema, rateLimits: [{ rule: rateRules.problemProposals, per: "viewer" }] }, async ({ viewer, params, body }) => {
  const result = await submitStatusChange(viewer, params.id, body);
  return result.ok ? json({ change: result.change }, 201) : result;
});
