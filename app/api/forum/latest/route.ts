// GET /api/forum/latest — the five threads with the latest activity (the home page's "latest discussion").
import { json, route } from "@/lib/http/route.server";
import { listThreads } from "@/lib/forum/lists.server";

export const GET = route({ auth: "public" }, async () => {
  const { threads } = await listThreads({ limit: 5 });
  return json({ threads: threads.map((t) => ({ href: `/forum/t/${t.id}/${t.slug}`, title: t.title, category: t.category.name, replies: t.postCount - 1, lastActivityAt: t.lastActivityAt.toISOString() })) });
});
