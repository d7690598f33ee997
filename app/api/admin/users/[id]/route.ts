// PATCH /api/admin/users/:id — set a user's role ({ role: "MEMBER" | "MODERATOR" | "ADMIN" }); administrators only.
import { z } from "@/lib/zod";
import { json, route } from "@/lib/http/route.server";
import { roleChangeSchema, setRole } from "@/lib/admin/users.server";

const params = z.object({ id: z.string().min(1).max(64) });

export const PATCH = route({ auth: "ADMIN", params, body: roleChangeSchema }, async ({ viewer, params, body }) => {
  const result = await setRole(viewer, params.id, body);
  return result.ok ? json({ role: result.role }) : result;
});
