import { PageHeader } from "@/components/ui/page-header";
import { CategoryAdmin } from "@/components/forum/category-admin";
import { requirePermission } from "@/lib/auth/viewer.server";
import { db } from "@/lib/db/client.server";

export const metadata = { title: "Forum categories", robots: { index: false } };

export default async function ForumCategoriesPage() {
  await requirePermission("forum.category.manage", "/admin/forum");
  const categories = await db().category.findMany({ orderBy: { position: "asc" }, select: { id: true, slug: true, name: true, description: true, position: true } });
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <PageHeader eyebrow="Administration" title="Forum categories" />
      <CategoryAdmin categories={categories} />
    </div>
  );
}
