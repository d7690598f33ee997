// POST /api/moderation/review/:itemId — decide a flagged or held post: { decision: "approve" | "hide" | "delete" | "suspend", reason?, days? }.
// Of two moderators deciding one item at once, the second gets 409 naming who decided.
import { z } from "@/lib/zod";
import { noContent, route } from "@/lib/http/route.server";
import { afterResponse } from "@/lib/http/after-response";
import { deliverDueEmail } from "@/lib/mail/outbox.server";
import { decidePostReview, postDecisionSchema } from "@/lib/moderation/posts.server";

const params = z.object({ id: z.string().min(1).max(64) });

export const POST = route({ auth: "MODERATOR", params, body: postDecisionSchema }, async ({ viewer, params, body }) => {
  const result = await decidePostReview(viewer, params.id, body);
  if (!result.ok) return result;
  if (body.decision === "suspend") afterResponse(deliverDueEmail); // the author's notice
  return noContent();
});
