// POST /api/problems/review/:itemId — { decision: "accept" | "reject" | "merge", reason?, into? }:
// a moderator decides a problem proposal, edit or status change from the review queue (audited;
// 409 when another moderator decided it first).
import { z } from "@/lib/zod";
import { json, route } from "@/lib/http/route.server";
import { decideProblemReview } from "@/lib/problems/review.server";
import { reviewDecisionSchema } from "@/lib/problems/schemas";

const params = z.object({ itemId: z.string().min(1).max(64) });

export const POST = route({ auth: "MODERATOR", params, body: reviewDecisionSchema }, async ({ viewer, params, body }) => {
  const result = await decideProblemReview(viewer, params.itemId, body);
  return result.ok ? json({ decision: result.decision, problemId: result.problemId ?? null }) : result;
});
