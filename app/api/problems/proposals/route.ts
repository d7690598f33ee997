// POST /api/problems/proposals — { slug, title, direction, statement, motivation, criterion,
// references[] }: proposes a new question under a direction, reviewed by moderators.
import { json, route } from "@/lib/http/route.server";
import { rateRules } from "@/lib/rate-limit/rules";
import { proposeProblem } from "@/lib/problems/proposals.server";
import { problemProposalSchema } from "@/lib/problems/schemas";

export const POST = route(
  { auth: "viewer", body: problemProposalSchema, maxBodyBytes: 64 * 1024, rateLimits: [{ rule: rateRules.problemProposals, per: "viewer" }] },
  async ({ viewer, body }) => {
    const result = await proposeProblem(viewer, body);
    return result.ok ? json({ proposal: result.proposal }, 201) : result;
  },
);
