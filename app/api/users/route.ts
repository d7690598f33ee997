// POST /api/users — sign up with name, e-mail and password: 202 "check your inbox" whether or not the address
// already has an account (the message says which); 400 with field errors for bad input.
import { json, route } from "@/lib/http/route.server";
import { afterResponse } from "@/lib/http/after-response";
import { deliverDueEmail } from "@/lib/mail/outbox.server";
import { rateRules } from "@/lib/rate-limit/rules";
import { requestSignUp } from "@/lib/users/sign-up.server";
import { checkInboxMessage } from "@/lib/users/check-inbox";
import { signUpSchema } from "@/lib/validation/user";

export const POST = route({ auth: "public", body: signUpSchema, rateLimits: [{ rule: rateRules.signUpPerAddress, per: "address" }] }, async ({ body }) => {
  const result = await requestSignUp(body);
  if (!result.ok) return result;
  afterResponse(deliverDueEmail);
  return json({ message: checkInboxMessage(body.email, "sign-up") }, 202);
});
