// PUT /api/moderation/posts/:id/hidden — { reason }: hide a post (moderators; audited).
// DELETE the same — { reason? }: restore it.
import { z } from "@/lib/zod";
import { noContent, route } from "@/lib/http/route.server";
import { hidePost, hideSchema, restorePost, restoreSchema } from "@/lib/moderation/posts.server";

const params = z.object({ id: z.string().min(1).max(64) });

export const PUT = route({ auth: "MODERATOR", params, body: hideSchema }, async ({ viewer, params, body }) => {
  const result = await hidePost(viewer, params.id, body);
  return result.ok ? noContent() : result;
});

export const DELETE = route({ auth: "MODERATOR", params, body: restoreSchema }, async ({ viewer, params, body }) => {
  const result = await restorePost(viewer, params.id, body);
  return result.ok ? noContent() : result;
});
