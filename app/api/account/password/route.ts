// POST /api/account/password — change your password (attempts limited like sign-in); ends your other sessions.
import { json, route } from "@/lib/http/route.server";
import { changePassword } from "@/lib/users/account.server";
import { changePasswordSchema } from "@/lib/validation/user";

export const POST = route({ auth: "viewer", body: changePasswordSchema }, async ({ viewer, body, address }) => {
  const result = await changePassword(viewer.id, body, address);
  return result.ok ? json({ changed: true }) : result;
});
