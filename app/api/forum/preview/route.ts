// POST /api/forum/preview — { source }: the HTML a post with this source would store (the same renderer).
import { json, route } from "@/lib/http/route.server";
import { BODY_MAX } from "@/lib/forum/limits";
import { previewInput } from "@/lib/forum/schemas";
import { cook } from "@/lib/forum/cook";

export const POST = route({ auth: "viewer", body: previewInput, maxBodyBytes: BODY_MAX * 4 + 1024 }, async ({ body }) => {
  const cooked = await cook(body.source);
  return json({ html: cooked.cookedHtml, timedOut: cooked.cookTimedOut });
});
