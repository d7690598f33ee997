import { sectionFeedAlternates } from "@/lib/content/feed-links";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FilteredThreadList } from "@/components/forum/filtered-thread-list";
import type { ListSearch } from "@/lib/forum/list-params";
import { db } from "@/lib/db/client.server";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<ListSearch> };

const categoryOf = async (params: Props["params"]) => {
  const { slug } = await params;
  return /^[a-z0-9-]{1,60}$/.test(slug) ? db().category.findUnique({ where: { slug } }) : null;
};

export async function generateMetadata({ params }: Props) {
  const c = await categoryOf(params);
  return c ? { title: `${c.name} · Forum`, alternates: { types: sectionFeedAlternates(`/forum/c/${c.slug}`, `${c.name} · Forum`) } } : { title: "Not found" };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const category = await categoryOf(params);
  if (!category) notFound();
  const links = (
    <>
      <Link href="/forum">All categories</Link>
      <Link href={`/forum/new?category=${category.slug}`}>New thread here</Link>
    </>
  );
  return (
    <FilteredThreadList
      eyebrow="Forum category"
      title={category.name}
      intro={<p>{category.description}</p>}
      links={links}
      base={`/forum/c/${category.slug}`}
      filter={{ categoryId: category.id }}
      watch={{ subject: { type: "category", id: category.id }, label: "Notifications for this category" }}
      search={await searchParams}
    />
  );
}
