// PATCH /api/forum/categories/:id — { name?, description?, position? }: rename, describe or reorder a category (administrators).
import { json, route } from "@/lib/http/route.server";
import { categoryChanges, updateCategory } from "@/lib/forum/categories.server";
import { idParams } from "@/lib/forum/schemas";

export const PATCH = route({ auth: "ADMIN", params: idParams, body: categoryChanges }, async ({ viewer, params, body }) => {
  const result = await updateCategory(viewer, params.id, body);
  return result.ok ? json({ id: result.id }) : result;
});
