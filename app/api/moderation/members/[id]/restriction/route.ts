// PUT /api/moderation/members/:id/restriction — { kind: "suspend" | "silence", days, reason }: restrict a member (moderators).
// DELETE the same — { kind, reason? }: lift it early. Both are audited.
import { z } from "@/lib/zod";
import { json, noContent, route } from "@/lib/http/route.server";
import { afterResponse } from "@/lib/http/after-response";
import { deliverDueEmail } from "@/lib/mail/outbox.server";
import { liftRestriction, liftSchema, restrictionSchema, restrictMember } from "@/lib/moderation/restrictions.server";

const params = z.object({ id: z.string().min(1).max(64) });

export const PUT = route({ auth: "MODERATOR", params, body: restrictionSchema }, async ({ viewer, params, body }) => {
  const result = await restrictMember(viewer, params.id, body);
  if (!result.ok) return result;
  afterResponse(deliverDueEmail); // the member's notice
  return json({ until: result.until.toISOString() });
});

export const DELETE = route({ auth: "MODERATOR", params, body: liftSchema }, async ({ viewer, params, body }) => {
  const result = await liftRestriction(viewer, params.id, body);
  return result.ok ? noContent() : result;
});
