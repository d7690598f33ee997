// POST /api/password-resets/complete — { token, newPassword }: sets the password, ends every session. 404 for a bad link.
import { json, route } from "@/lib/http/route.server";
import { completePasswordReset, resetCompletionSchema } from "@/lib/users/password-reset.server";

export const POST = route({ auth: "public", body: resetCompletionSchema }, async ({ body }) => {
  const result = await completePasswordReset(body.token, body.newPassword);
  return result.ok ? json({ email: result.email }) : result;
});
