// POST /api/users — sign up with name, e-mail and password. 201 with the new user's handle, or 400 with field errors.
import { json, route } from "@/lib/http/route.server";
import { createPasswordUser } from "@/lib/users/create-user.server";
import { rateRules } from "@/lib/rate-limit/rules";
import { signUpSchema } from "@/lib/validation/user";

export const POST = route({ auth: "public", body: signUpSchema, rateLimits: [{ rule: rateRules.signUpPerAddress, per: "address" }] }, async ({ body }) => {
  const result = await createPasswordUser(body);
  return result.ok ? json({ user: { handle: result.user.handle } }, 201) : result;
});
