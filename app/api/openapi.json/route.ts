// GET /api/openapi.json — the results API described as OpenAPI 3.1.
import { json, route } from "@/lib/http/route.server";
import { siteOrigin } from "@/lib/env.server";
import { openApiDocument } from "@/lib/results/openapi";

export const GET = route({ auth: "public" }, async () => json(openApiDocument(siteOrigin())));
