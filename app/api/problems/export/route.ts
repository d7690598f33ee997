// GET /api/problems/export — the whole tracker as JSON (schema: docs/problems-export.schema.json).
import { db } from "@/lib/db/client.server";
import { route } from "@/lib/http/route.server";
import { exportProblems, serializeExport } from "@/lib/problems/transfer.server";

export const GET = route({ auth: "public" }, async () => {
  const body = serializeExport(await exportProblems(db()));
  return new Response(body, {
    headers: { "content-type": "application/json; charset=utf-8", "content-disposition": 'inline; filename="problems.json"', "cache-control": "no-store" },
  });
});
