// The forum index: categories, then every thread by latest activity (or top), keyset pages.
import { sectionFeedAlternates } from "@/lib/content/feed-links";
import Link from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/ui/page-header";
import { SortLinks, ThreadList } from "@/components/forum/thread-list";
import { listCategories, listThreads } from "@/lib/forum/lists.server";
import { listParams, type ListSearch } from "@/lib/forum/list-params";
import { getViewer } from "@/lib/auth/viewer.server";

export const metadata = { title: "Forum", alternates: { types: sectionFeedAlternates("/forum", "Forum") } };

export default async function ForumPage({ searchParams }: { searchParams: Promise<ListSearch> }) {
  await connection();
  const { sort, period, after, keep } = listParams(await searchParams);
  const viewer = await getViewer();
  const [categories, list] = await Promise.all([listCategories(), listThreads({ sort, period, after, viewerId: viewer?.id })]);
  return (
    <div className="mx-auto max-w-5xl px-4 py-12">
      <PageHeader eyebrow="Community" title="Forum">
        <p>Discussion of perspectives, teaching pages, open problems and results, with math.</p>
      </PageHeader>
      <div className="grid gap-10 md:grid-cols-[1fr_16rem]">
        <section aria-labelledby="threads-h">
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <h2 id="threads-h" className="text-lg font-semibold">
              Threads
            </h2>
            <Link href="/forum/new" className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-accent-ink">
              New thread
            </Link>
          </div>
          <SortLinks base="/forum" sort={sort} period={period} />
          <div className="mt-4">
            <ThreadList {...list} base="/forum" keep={keep} signedIn={!!viewer} />
          </div>
        </section>
        <aside aria-labelledby="categories-h">
          <h2 id="categories-h" className="mb-3 text-lg font-semibold">
            Categories
          </h2>
          <ul className="flex flex-col gap-3 text-sm">
            {categories.map((c) => (
              <li key={c.id}>
                <Link href={`/forum/c/${c.slug}`} className="font-medium">
                  {c.name}
                </Link>{" "}
                <span className="text-ink-3">({c._count.threads})</span>
                <p className="text-ink-2">{c.description}</p>
              </li>
            ))}
          </ul>
          <p className="mt-6 text-sm">
            Feeds: <a href="/forum/feed.xml">RSS</a> · <a href="/forum/atom.xml">Atom</a>
          </p>
        </aside>
      </div>
    </div>
  );
}
