// POST /api/account/tokens — { name }: a new API token, shown once in the answer. GET: the member's tokens (never the secret).
import { z } from "@/lib/zod";
import { json, route } from "@/lib/http/route.server";
import { conflict } from "@/lib/errors";
import { rateRules } from "@/lib/rate-limit/rules";
import { createApiToken, listApiTokens, MAX_TOKENS_PER_MEMBER } from "@/lib/auth/api-tokens.server";

const tokenBody = z.strictObject({ name: z.string().trim().min(1, "Name the token, e.g. after the machine that uses it.").max(60) });

export const POST = route({ auth: "viewer", body: tokenBody, rateLimits: [{ rule: rateRules.apiTokenPerMember, per: "viewer" }] }, async ({ viewer, body }) => {
  const created = await createApiToken(viewer.id, body.name);
  if (created === "too-many") return conflict({ name: [`You have ${MAX_TOKENS_PER_MEMBER} live tokens; revoke one first.`] });
  return json(created, 201);
});

export const GET = route({ auth: "viewer" }, async ({ viewer }) => json({ tokens: await listApiTokens(viewer.id) }));
