import { PageHeader } from "@/components/ui/page-header";
import { NewThreadForm } from "@/components/forum/new-thread-form";
import { requireViewer } from "@/lib/auth/viewer.server";
import { listCategories, listTags } from "@/lib/forum/lists.server";
import { can } from "@/lib/policy";

export const metadata = { title: "New thread · Forum", robots: { index: false } };

export default async function NewThreadPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("/forum/new");
  const [categories, tags] = await Promise.all([listCategories(), listTags()]);
  const category = (await searchParams).category;
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <PageHeader eyebrow="Forum" title="New thread" />
      {can(viewer, "forum.post") ? (
        <NewThreadForm categories={categories} tags={tags.map((t) => t.name)} initialCategory={typeof category === "string" ? category : undefined} />
      ) : (
        <p role="status">You are silenced for now: you can read the forum, but not write.</p>
      )}
    </div>
  );
}
