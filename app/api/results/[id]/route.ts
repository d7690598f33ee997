// GET /api/results/:id — the result, its spec and content hash, and every check with verdicts and numbers.
import { json, route } from "@/lib/http/route.server";
import { notFound } from "@/lib/errors";
import { getResult } from "@/lib/results/read.server";
import { resultIdParams } from "@/lib/results/api";

export const GET = route({ auth: "public", params: resultIdParams }, async ({ params }) => {
  const r = await getResult(params.id);
  if (!r) return notFound("No such result.");
  return json({
    id: r.id,
    title: r.title,
    descriptionHtml: r.descriptionHtml,
    experiment: r.experimentId,
    spec: r.spec,
    specHash: r.specHash,
    author: r.author,
    problems: r.problemIds,
    createdAt: r.createdAt,
    reproductionOf: r.reproductionOf?.id ?? null,
    reusedFrom: r.sameSpecAs?.id ?? null,
    reproductions: r.reproductions.map((x) => ({ id: x.id, title: x.title, verdict: x.checks[0]?.verdict ?? null })),
    position: r.position,
    checks: r.checks,
  });
});
