// POST /api/users/confirm — { token } from the e-mailed link: creates the account. 201, 404 for an expired or used link,
// 409 when the address got an account meanwhile.
import { json, route } from "@/lib/http/route.server";
import { confirmSignUp, signUpTokenSchema } from "@/lib/users/sign-up.server";

export const POST = route({ auth: "public", body: signUpTokenSchema }, async ({ body }) => {
  const result = await confirmSignUp(body.token);
  return result.ok ? json({ user: { handle: result.user.handle, email: result.user.email } }, 201) : result;
});
