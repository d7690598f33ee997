// POST /api/forum/posts/:id/flags — { reason: "off-topic" | "inappropriate" | "spam" | "other", note? }: flag a post.
import { z } from "@/lib/zod";
import { json, route } from "@/lib/http/route.server";
import { flagPost, flagSchema } from "@/lib/moderation/flags.server";
import { rateRules } from "@/lib/rate-limit/rules";

const params = z.object({ id: z.string().min(1).max(64) });

export const POST = route({ auth: "viewer", params, body: flagSchema, rateLimits: [{ rule: rateRules.flagPerMember, per: "viewer" }] }, async ({ viewer, params, body }) => {
  const result = await flagPost(viewer, params.id, body);
  return result.ok ? json({ hidden: result.hidden }, 201) : result;
});
