// PATCH /api/forum/posts/:id — { source, baseRevision }: edit your post (409 with the other text and a diff when it changed meanwhile).
// DELETE the same: delete your post (it stays in place as "deleted by its author").
import { json, noContent, route } from "@/lib/http/route.server";
import { rateRules } from "@/lib/rate-limit/rules";
import { BODY_MAX } from "@/lib/forum/limits";
import { editInput, idParams } from "@/lib/forum/schemas";
import { deletePost, editPost } from "@/lib/forum/posts.server";

export const PATCH = route(
  { auth: "viewer", params: idParams, body: editInput, maxBodyBytes: BODY_MAX * 4 + 1024, rateLimits: [{ rule: rateRules.forumPostsPerAccount, per: "viewer" }] },
  async ({ viewer, params, body }) => {
    const result = await editPost(viewer, params.id, body);
    return result.ok ? json({ revision: result.revision, cookedHtml: result.cookedHtml }) : result;
  },
);

export const DELETE = route({ auth: "viewer", params: idParams }, async ({ viewer, params }) => {
  const result = await deletePost(viewer, params.id);
  return result.ok ? noContent() : result;
});
