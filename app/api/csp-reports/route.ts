// POST /api/csp-reports — where browsers report Content-Security-Policy violations (report-uri). Logged for the operator.
import { noContent, route } from "@/lib/http/route.server";
import { readCapped } from "@/lib/http/json-body.server";
import { rateRules } from "@/lib/rate-limit/rules";

export const POST = route({ auth: "public", crossSite: "allow", rateLimits: [{ rule: rateRules.cspReportsPerAddress, per: "address" }] }, async ({ request }) => {
  const body = await readCapped(request, 8 * 1024);
  if (body) console.warn(`[csp] violation reported: ${new TextDecoder().decode(body).replace(/\s+/g, " ")}`);
  return noContent();
});
