// A forum thread list narrowed to one category or tag: header, links and feeds, the viewer's watch
// control, sort links and the paged list. The category and tag pages differ only in what they pass.
import type { ReactNode } from "react";
import { SortLinks, ThreadList } from "@/components/forum/thread-list";
import { WatchControl } from "@/components/notifications/watch-control";
import { PageHeader } from "@/components/ui/page-header";
import { getViewer } from "@/lib/auth/viewer.server";
import { listParams, type ListSearch } from "@/lib/forum/list-params";
import { listThreads } from "@/lib/forum/lists.server";
import { watchLevel } from "@/lib/notifications/watches.server";

export interface FilteredThreadListProps {
  eyebrow: string;
  title: string;
  intro?: ReactNode;
  /** Links shown before the RSS and Atom links. */
  links: ReactNode;
  /** The page's path; its feeds are `${base}/feed.xml` and `${base}/atom.xml`. */
  base: string;
  filter: { categoryId: string } | { tag: string };
  watch: { subject: { type: "category" | "tag"; id: string }; label: string };
  search: ListSearch;
}

export async function FilteredThreadList({ eyebrow, title, intro, links, base, filter, watch, search }: FilteredThreadListProps) {
  const { sort, period, after, keep } = listParams(search);
  const viewer = await getViewer();
  const list = await listThreads({ sort, period, after, ...filter, viewerId: viewer?.id });
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <PageHeader eyebrow={eyebrow} title={title}>
        {intro}
      </PageHeader>
      <p className="mb-4 flex flex-wrap gap-4 text-sm">
        {links}
        <a href={`${base}/feed.xml`}>RSS</a>
        <a href={`${base}/atom.xml`}>Atom</a>
      </p>
      {viewer && (
        <div className="mb-4 text-sm">
          <WatchControl subject={watch.subject} level={await watchLevel(viewer.id, watch.subject)} label={watch.label} />
        </div>
      )}
      <SortLinks base={base} sort={sort} period={period} />
      <div className="mt-4">
        <ThreadList {...list} base={base} keep={keep} signedIn={!!viewer} />
      </div>
    </div>
  );
}
