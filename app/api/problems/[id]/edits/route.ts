// POST /api/problems/:id/edits — { baseRevision, title, statement, background, criterion, summary }:
// proposes an edit of the problem's text, reviewed by moderators.
import { z } from "@/lib/zod";
import { json, route } from "@/lib/http/route.server";
import { rateRules } from "@/lib/rate-limit/rules";
import { proposeEdit } from "@/lib/problems/edits.server";
import { problemEditSchema, problemSlug } from "@/lib/problems/schemas";

const params = z.object({ id: problemSlug });

export const POST = route(
  { auth: "viewer", params, body: problemEditSchema, maxBodyBytes: 64 * 1024, rateLimits: [{ rule: rateRules.problemProposals, per: "viewer" }] },
  async ({ viewer, params, body }) => {
    const result = await proposeEdit(viewer, params.id, body);
    return result.ok ? json({ edit: result.edit }, 201) : result;
  },
);
