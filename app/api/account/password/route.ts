// POST /api/account/password — change your password; ends your other sessions.
import { json, route } from "@/lib/http/route.server";
import { changePassword } from "@/lib/users/account.server";
import { changePasswordSchema } from "@/lib/validation/user";

export const POST = route({ auth: "viewer", body: changePasswordSchema }, async ({ viewer, body }) => {
  const result = await changePassword(viewer.id, body);
  return result.ok ? json({ changed: true }) : result;
});
