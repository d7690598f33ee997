// POST /api/moderation/checks/:id/requeue — put a dead check back on the queue (moderators).
import { noContent, route } from "@/lib/http/route.server";
import { authorize } from "@/lib/policy";
import { notFound } from "@/lib/errors";
import { requeueCheck } from "@/lib/results/checks.server";
import { resultIdParams } from "@/lib/results/api";

export const POST = route({ auth: "MODERATOR", params: resultIdParams }, async ({ viewer, params }) => {
  const refused = authorize(viewer, "check.requeue");
  if (refused) return refused;
  return (await requeueCheck(params.id)) ? noContent() : notFound("No dead check with this id.");
});
