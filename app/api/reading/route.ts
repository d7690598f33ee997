// POST /api/reading — { page: "learn/<slug>" }: records that the signed-in reader opened the page and returns the
// previous visit; 204 for a signed-out reader (nothing to record, and no error in every reader's console).
import { json, noContent, route } from "@/lib/http/route.server";
import { pageKeySchema, recordPageRead } from "@/lib/reading/page-reads.server";

export const POST = route({ auth: "public", body: pageKeySchema }, async ({ viewer, body }) => {
  if (!viewer) return noContent();
  const { previousReadAt } = await recordPageRead(viewer.id, body.page);
  return json({ previousReadAt: previousReadAt?.toISOString() ?? null });
});
