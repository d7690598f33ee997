// POST /api/results — submit a result (session or API token): 202 with its URL; the check runs on the queue.
// GET /api/results?experiment=&verdict=&problem=&author=&limit= — newest first.
import { json, route } from "@/lib/http/route.server";
import { rateRules } from "@/lib/rate-limit/rules";
import { submitResult } from "@/lib/results/submit.server";
import { submissionSchema } from "@/lib/results/submission-schema";
import { listResults } from "@/lib/results/read.server";
import { listQuery } from "@/lib/results/api";
import { siteOrigin } from "@/lib/env.server";

export const POST = route(
  { auth: "viewer-or-token", body: submissionSchema, maxBodyBytes: 96 * 1024, rateLimits: [{ rule: rateRules.resultSubmitPerMember, per: "viewer" }] },
  async ({ viewer, body }) => {
    const submitted = await submitResult(viewer, body);
    if (!submitted.ok) return submitted;
    const { id, url, reusedFrom, checkId } = submitted.value;
    const response = json({ id, url: new URL(url, siteOrigin()).toString(), reusedFrom, checkId }, 202);
    response.headers.set("Location", url);
    return response;
  },
);

export const GET = route({ auth: "public", query: listQuery }, async ({ query }) => {
  const results = await listResults(query);
  return json({ results });
});
