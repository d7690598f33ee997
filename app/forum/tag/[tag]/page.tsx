import { sectionFeedAlternates } from "@/lib/content/feed-links";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { SortLinks, ThreadList } from "@/components/forum/thread-list";
import { listThreads } from "@/lib/forum/lists.server";
import { listParams, type ListSearch } from "@/lib/forum/list-params";
import { tagName } from "@/lib/forum/schemas";
import { getViewer } from "@/lib/auth/viewer.server";
import { db } from "@/lib/db/client.server";
import { WatchControl } from "@/components/notifications/watch-control";
import { watchLevel } from "@/lib/notifications/watches.server";

type Props = { params: Promise<{ tag: string }>; searchParams: Promise<ListSearch> };

const tagOf = async (params: Props["params"]) => {
  const parsed = tagName.safeParse(decodeURIComponent((await params).tag));
  return parsed.success ? db().tag.findUnique({ where: { name: parsed.data }, select: { name: true } }) : null;
};

export async function generateMetadata({ params }: Props) {
  const t = await tagOf(params);
  return t ? { title: `#${t.name} · Forum`, alternates: { types: sectionFeedAlternates(`/forum/tag/${t.name}`, `#${t.name} · Forum`) } } : { title: "Not found" };
}

export default async function TagPage({ params, searchParams }: Props) {
  const tag = await tagOf(params);
  if (!tag) notFound();
  const { sort, period, after, keep } = listParams(await searchParams);
  const viewer = await getViewer();
  const list = await listThreads({ sort, period, after, tag: tag.name, viewerId: viewer?.id });
  const base = `/forum/tag/${tag.name}`;
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <PageHeader eyebrow="Forum tag" title={`#${tag.name}`} />
      <p className="mb-4 flex flex-wrap gap-4 text-sm">
        <Link href="/forum">Forum</Link>
        <a href={`${base}/feed.xml`}>RSS</a>
        <a href={`${base}/atom.xml`}>Atom</a>
      </p>
      {viewer && (
        <div className="mb-4 text-sm">
          <WatchControl subject={{ type: "tag", id: tag.name }} level={await watchLevel(viewer.id, { type: "tag", id: tag.name })} label="Notifications for this tag" />
        </div>
      )}
      <SortLinks base={base} sort={sort} period={period} />
      <div className="mt-4">
        <ThreadList {...list} base={base} keep={keep} signedIn={!!viewer} />
      </div>
    </div>
  );
}
