// GET /results/:id/badge.svg — the result's verdict as a small SVG badge, for embedding elsewhere.
import { route } from "@/lib/http/route.server";
import { notFound } from "@/lib/errors";
import { db } from "@/lib/db/client.server";
import { badgeSvg } from "@/lib/results/cite";
import { resultIdParams } from "@/lib/results/api";
import type { Verdict } from "@/lib/experiments/verdict";

export const GET = route({ auth: "public", params: resultIdParams }, async ({ params }) => {
  const result = await db().result.findUnique({ where: { id: params.id }, select: { id: true, sameSpecAsId: true } });
  if (!result) return notFound("No such result.");
  // The latest finished check on the pinned version (re-checks on a newer version are shown beside it, not instead).
  const check = await db().check.findFirst({ where: { resultId: result.sameSpecAsId ?? result.id, status: "DONE", kind: { not: "CURRENT_VERSION" } }, orderBy: { queuedAt: "desc" }, select: { verdict: true } });
  return new Response(badgeSvg((check?.verdict as Verdict | undefined) ?? null), {
    headers: { "content-type": "image/svg+xml; charset=utf-8", "cache-control": "public, max-age=300" },
  });
});
