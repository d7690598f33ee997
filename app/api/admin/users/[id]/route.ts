// PATCH /api/admin/users/:id — set a user's role ({ role: "MEMBER" | "MODERATOR" | "ADMIN" }); administrators only.
import { z } from "@/lib/zod";
import { json, route } from "@/lib/http/route.server";
import { roleChangeSchema, setRole } from "@/lib/admin/users.server";
import { afterResponse } from "@/lib/http/after-response";
import { fanOutPendingEvents } from "@/lib/notifications/fan-out.server";

const params = z.object({ id: z.string().min(1).max(64) });

export const PATCH = route({ auth: "ADMIN", params, body: roleChangeSchema }, async ({ viewer, params, body }) => {
  const result = await setRole(viewer, params.id, body);
  if (!result.ok) return result;
  afterResponse(fanOutPendingEvents); // the member's notification
  return json({ role: result.role });
});
