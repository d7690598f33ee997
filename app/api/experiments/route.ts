// GET /api/experiments — ids, versions, parameter JSON Schemas, observables with roles, cost model and caps.
import { json, route } from "@/lib/http/route.server";
import { experimentsCatalog } from "@/lib/results/experiments-catalog";

export const GET = route({ auth: "public" }, async () => json(experimentsCatalog()));
