// PATCH /api/moderation/threads/:id — { action: "lock" | "unlock" | "pin" | "unpin" | "move" | "retitle", category?, title?, reason? } (moderators; audited).
import { z } from "@/lib/zod";
import { json, route } from "@/lib/http/route.server";
import { moderateThread, threadActionSchema } from "@/lib/moderation/threads.server";

const params = z.object({ id: z.string().min(1).max(64) });

export const PATCH = route({ auth: "MODERATOR", params, body: threadActionSchema }, async ({ viewer, params, body }) => {
  const result = await moderateThread(viewer, params.id, body);
  return result.ok ? json({ slug: result.slug }) : result;
});
