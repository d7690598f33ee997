// GET /api/forum/pages?page=learn/<slug> — the discussion under a content page (its posts, or none yet).
// POST the same — { page, source, replyTo? }: comment; the first comment creates the page's thread.
import { z } from "@/lib/zod";
import { json, route } from "@/lib/http/route.server";
import { rateRules } from "@/lib/rate-limit/rules";
import { BODY_MAX } from "@/lib/forum/limits";
import { pageCommentInput, pageKey } from "@/lib/forum/schemas";
import { commentOnPage } from "@/lib/forum/write.server";
import { pageDiscussion } from "@/lib/forum/page-discussion.server";

export const GET = route({ auth: "public", query: z.object({ page: pageKey }) }, async ({ viewer, query }) => json(await pageDiscussion(query.page, viewer)));

export const POST = route(
  { auth: "viewer", body: pageCommentInput, maxBodyBytes: BODY_MAX * 4 + 1024, rateLimits: [{ rule: rateRules.forumPostsPerAccount, per: "viewer" }, { rule: rateRules.postPerAddress, per: "address" }] },
  async ({ viewer, body }) => {
    const result = await commentOnPage(viewer, body.page, body);
    if (!result.ok) return result;
    return json({ threadId: result.threadId, postId: result.postId, number: result.number, held: result.held, url: `/forum/t/${result.threadId}/${result.slug}#p${result.number}` }, 201);
  },
);
