// GET /api/forum/drafts?key=… — your saved draft for a composer (404 if none).
// PUT — { key, title?, body }: save it. DELETE ?key=…: drop it.
import { z } from "@/lib/zod";
import { json, noContent, route } from "@/lib/http/route.server";
import { notFound } from "@/lib/errors";
import { BODY_MAX } from "@/lib/forum/limits";
import { draftInput, draftKey } from "@/lib/forum/schemas";
import { deleteDraft, getDraft, saveDraft } from "@/lib/forum/reader.server";

const query = z.object({ key: draftKey });

export const GET = route({ auth: "viewer", query }, async ({ viewer, query }) => {
  const draft = await getDraft(viewer.id, query.key);
  return draft ? json({ draft }) : notFound("No draft saved.");
});

export const PUT = route({ auth: "viewer", body: draftInput, maxBodyBytes: BODY_MAX * 4 + 2048 }, async ({ viewer, body }) => json({ draft: await saveDraft(viewer.id, body) }));

export const DELETE = route({ auth: "viewer", query }, async ({ viewer, query }) => {
  await deleteDraft(viewer.id, query.key);
  return noContent();
});
