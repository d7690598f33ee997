// POST /api/forum/threads/:id/posts — { source, replyTo? }: reply to a thread (201 with the post's permalink).
import { json, route } from "@/lib/http/route.server";
import { rateRules } from "@/lib/rate-limit/rules";
import { BODY_MAX } from "@/lib/forum/limits";
import { idParams, replyInput } from "@/lib/forum/schemas";
import { reply } from "@/lib/forum/write.server";

export const POST = route(
  { auth: "viewer", params: idParams, body: replyInput, maxBodyBytes: BODY_MAX * 4 + 1024, rateLimits: [{ rule: rateRules.forumPostsPerAccount, per: "viewer" }, { rule: rateRules.postPerAddress, per: "address" }] },
  async ({ viewer, params, body }) => {
    const result = await reply(viewer, params.id, body);
    if (!result.ok) return result;
    return json({ postId: result.postId, number: result.number, held: result.held, url: `/forum/t/${result.threadId}/${result.slug}#p${result.number}` }, 201);
  },
);
