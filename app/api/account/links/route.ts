// POST /api/account/links — { provider }: prepares linking that sign-in provider (ORCID, GitHub) to your account;
// the browser then goes through the provider's sign-in, which returns to /account.
import { z } from "@/lib/zod";
import { json, route } from "@/lib/http/route.server";
import { oauthProviders } from "@/lib/auth/options.server";
import { setLinkIntent } from "@/lib/auth/link-intent.server";
import { invalid } from "@/lib/errors";

const body = z.object({ provider: z.string().max(40) });

export const POST = route({ auth: "viewer", body }, async ({ viewer, body }) => {
  if (!oauthProviders().some((p) => p.id === body.provider)) return invalid({ provider: ["This site does not offer that sign-in provider."] });
  await setLinkIntent(viewer.id, body.provider);
  return json({ provider: body.provider });
});
