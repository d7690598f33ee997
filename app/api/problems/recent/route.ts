// GET /api/problems/recent — the latest accepted status changes and new questions (the home page's island).
import { json, route } from "@/lib/http/route.server";
import { recentChanges } from "@/lib/problems/read.server";
import { statusLabels } from "@/lib/problems/status";

export const GET = route({ auth: "public" }, async () => {
  const entries = await recentChanges(5);
  return json({
    entries: entries.map((e) => ({
      href: e.kind === "status" ? `/problems/${e.problem.id}#change-${e.id}` : `/problems/${e.problem.id}`,
      title: e.problem.title,
      change: e.kind === "status" ? `${statusLabels[e.from]} → ${statusLabels[e.to]}` : "new question",
      at: e.at.toISOString(),
    })),
  });
});
