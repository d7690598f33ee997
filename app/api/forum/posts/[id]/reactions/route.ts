// PUT /api/forum/posts/:id/reactions — { kind: LIKE | INSIGHTFUL | DOUBT }: react (409 if you already did).
// DELETE the same — { kind }: take the reaction back.
import { json, route } from "@/lib/http/route.server";
import { idParams, reactionInput } from "@/lib/forum/schemas";
import { react, unreact } from "@/lib/forum/posts.server";
import { rateRules } from "@/lib/rate-limit/rules";
import { afterResponse } from "@/lib/http/after-response";
import { fanOutPendingEvents } from "@/lib/notifications/fan-out.server";

const rateLimits = [{ rule: rateRules.reactPerMember, per: "viewer" as const }];

export const PUT = route({ auth: "viewer", params: idParams, body: reactionInput, rateLimits }, async ({ viewer, params, body }) => {
  const result = await react(viewer, params.id, body.kind);
  if (!result.ok) return result;
  afterResponse(fanOutPendingEvents); // the post's author hears of it
  return json({ count: result.count });
});

export const DELETE = route({ auth: "viewer", params: idParams, body: reactionInput, rateLimits }, async ({ viewer, params, body }) => {
  const result = await unreact(viewer, params.id, body.kind);
  return result.ok ? json({ count: result.count }) : result;
});
