// POST /api/results/:id/rerun — a moderator forces a new check of the same spec; earlier checks stay as history.
import { json, route } from "@/lib/http/route.server";
import { rerunResult } from "@/lib/results/submit.server";
import { resultIdParams } from "@/lib/results/api";

export const POST = route({ auth: "MODERATOR", params: resultIdParams }, async ({ viewer, params }) => {
  const done = await rerunResult(viewer, params.id);
  return done.ok ? json(done.value, 202) : done;
});
