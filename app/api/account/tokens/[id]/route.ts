// DELETE /api/account/tokens/:id — revoke one of the member's own tokens.
import { z } from "@/lib/zod";
import { noContent, route } from "@/lib/http/route.server";
import { notFound } from "@/lib/errors";
import { revokeApiToken } from "@/lib/auth/api-tokens.server";

export const DELETE = route({ auth: "viewer", params: z.object({ id: z.string().min(1).max(64) }) }, async ({ viewer, params }) =>
  (await revokeApiToken(viewer.id, params.id)) ? noContent() : notFound("No such live token."),
);
