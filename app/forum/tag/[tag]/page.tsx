import { sectionFeedAlternates } from "@/lib/content/feed-links";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FilteredThreadList } from "@/components/forum/filtered-thread-list";
import type { ListSearch } from "@/lib/forum/list-params";
import { tagName } from "@/lib/forum/schemas";
import { db } from "@/lib/db/client.server";

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
  return (
    <FilteredThreadList
      eyebrow="Forum tag"
      title={`#${tag.name}`}
      links={<Link href="/forum">Forum</Link>}
      base={`/forum/tag/${tag.name}`}
      filter={{ tag: tag.name }}
      watch={{ subject: { type: "tag", id: tag.name }, label: "Notifications for this tag" }}
      search={await searchParams}
    />
  );
}
