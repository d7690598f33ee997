// POST /api/unsubscribe?token=… — stops notification e-mail for the member the signed token names. Mail clients call it
// for RFC 8058 one-click unsubscribe (body "List-Unsubscribe=One-Click"), so it accepts cross-site requests: it needs no
// session and can only ever turn e-mail off. 404 for a bad token.
import { noContent, route } from "@/lib/http/route.server";
import { unsubscribe, unsubscribeQuerySchema } from "@/lib/notifications/email-preferences.server";

export const POST = route({ auth: "public", crossSite: "allow", query: unsubscribeQuerySchema }, async ({ query }) => {
  const result = await unsubscribe(query.token);
  return result.ok ? noContent() : result;
});
