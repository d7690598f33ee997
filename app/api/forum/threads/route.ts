// POST /api/forum/threads — { title, category, kind?, tags?, newTags?, source }: start a thread (201 with its URL).
import { json, route } from "@/lib/http/route.server";
import { rateRules } from "@/lib/rate-limit/rules";
import { BODY_MAX } from "@/lib/forum/limits";
import { threadInput } from "@/lib/forum/schemas";
import { createThread } from "@/lib/forum/write.server";

export const POST = route(
  { auth: "viewer", body: threadInput, maxBodyBytes: BODY_MAX * 4 + 4096, rateLimits: [{ rule: rateRules.forumPostsPerAccount, per: "viewer" }, { rule: rateRules.postPerAddress, per: "address" }] },
  async ({ viewer, body }) => {
    const result = await createThread(viewer, body);
    if (!result.ok) return result;
    return json({ threadId: result.threadId, postId: result.postId, number: result.number, held: result.held, url: `/forum/t/${result.threadId}/${result.slug}` }, 201);
  },
);
