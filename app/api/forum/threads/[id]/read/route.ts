// PUT /api/forum/threads/:id/read — { lastReadNumber }: move your read mark forward in a thread.
import { json, route } from "@/lib/http/route.server";
import { idParams, readInput } from "@/lib/forum/schemas";
import { markRead } from "@/lib/forum/reader.server";

export const PUT = route({ auth: "viewer", params: idParams, body: readInput }, async ({ viewer, params, body }) => {
  const result = await markRead(viewer.id, params.id, body.lastReadNumber);
  return result.ok ? json({ lastReadNumber: result.lastReadNumber }) : result;
});
