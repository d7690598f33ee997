import { sectionFeedAlternates } from "@/lib/content/feed-links";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { SortLinks, ThreadList } from "@/components/forum/thread-list";
import { listThreads } from "@/lib/forum/lists.server";
import { listParams, type ListSearch } from "@/lib/forum/list-params";
import { getViewer } from "@/lib/auth/viewer.server";
import { db } from "@/lib/db/client.server";
import { WatchControl } from "@/components/notifications/watch-control";
import { watchLevel } from "@/lib/notifications/watches.server";

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
  const { sort, period, after, keep } = listParams(await searchParams);
  const viewer = await getViewer();
  const list = await listThreads({ sort, period, after, categoryId: category.id, viewerId: viewer?.id });
  const base = `/forum/c/${category.slug}`;
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <PageHeader eyebrow="Forum category" title={category.name}>
        <p>{category.description}</p>
      </PageHeader>
      <p className="mb-4 flex flex-wrap gap-4 text-sm">
        <Link href="/forum">All categories</Link>
        <Link href={`/forum/new?category=${category.slug}`}>New thread here</Link>
        <a href={`${base}/feed.xml`}>RSS</a>
        <a href={`${base}/atom.xml`}>Atom</a>
      </p>
      {viewer && (
        <div className="mb-4 text-sm">
          <WatchControl subject={{ type: "category", id: category.id }} level={await watchLevel(viewer.id, { type: "category", id: category.id })} label="Notifications for this category" />
        </div>
      )}
      <SortLinks base={base} sort={sort} period={period} />
      <div className="mt-4">
        <ThreadList {...list} base={base} keep={keep} signedIn={!!viewer} />
      </div>
    </div>
  );
}
