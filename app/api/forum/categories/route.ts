// POST /api/forum/categories — { name, slug, description, position }: add a forum category (administrators).
import { json, route } from "@/lib/http/route.server";
import { categoryInput, createCategory } from "@/lib/forum/categories.server";

export const POST = route({ auth: "ADMIN", body: categoryInput }, async ({ viewer, body }) => {
  const result = await createCategory(viewer, body);
  return result.ok ? json({ id: result.id }, 201) : result;
});
