// PUT /api/problems/:id/watch — { watching }: watch a problem (a direction: all its questions) or stop.
import { z } from "@/lib/zod";
import { json, route } from "@/lib/http/route.server";
import { problemSlug, watchSchema } from "@/lib/problems/schemas";
import { watchProblem } from "@/lib/problems/watch.server";

const params = z.object({ id: problemSlug });

export const PUT = route({ auth: "viewer", params, body: watchSchema }, async ({ viewer, params, body }) => {
  const result = await watchProblem(viewer, params.id, body.watching);
  return result.ok ? json({ watching: result.watching, watchers: result.watchers }) : result;
});
