// PUT /api/forum/threads/:id/accepted — { postNumber | null }: mark (or clear) a question's accepted answer (the asker or a moderator).
import { json, route } from "@/lib/http/route.server";
import { acceptInput, idParams } from "@/lib/forum/schemas";
import { acceptAnswer } from "@/lib/forum/posts.server";

export const PUT = route({ auth: "viewer", params: idParams, body: acceptInput }, async ({ viewer, params, body }) => {
  const result = await acceptAnswer(viewer, params.id, body.postNumber);
  return result.ok ? json({ acceptedPostId: result.acceptedPostId }) : result;
});
