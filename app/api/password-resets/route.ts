// POST /api/password-resets — { email }: 202 whether or not the address has an account; only an account gets a link.
import { json, route } from "@/lib/http/route.server";
import { afterResponse } from "@/lib/http/after-response";
import { deliverDueEmail } from "@/lib/mail/outbox.server";
import { rateRules } from "@/lib/rate-limit/rules";
import { requestPasswordReset, resetRequestSchema } from "@/lib/users/password-reset.server";
import { checkInboxMessage } from "@/lib/users/check-inbox";

export const POST = route({ auth: "public", body: resetRequestSchema, rateLimits: [{ rule: rateRules.passwordResetPerAddress, per: "address" }] }, async ({ body }) => {
  const result = await requestPasswordReset(body.email);
  if (!result.ok) return result;
  afterResponse(deliverDueEmail);
  return json({ message: checkInboxMessage(body.email, "reset") }, 202);
});
