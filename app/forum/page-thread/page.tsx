// /forum/page-thread?key=learn/<slug> — the discussion thread of a content page, if one exists.
// Reading creates nothing: without a thread yet, it points back to the page's comment box.
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pageKey } from "@/lib/forum/schemas";
import { db } from "@/lib/db/client.server";
import { PageHeader } from "@/components/ui/page-header";

export const metadata = { title: "Page discussion · Forum", robots: { index: false } };

export default async function PageThread({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const key = pageKey.safeParse((await searchParams).key);
  if (!key.success) notFound();
  const thread = await db().thread.findFirst({ where: { pageKey: key.data, hiddenAt: null }, select: { id: true, slug: true } });
  if (thread) redirect(`/forum/t/${thread.id}/${thread.slug}`);
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <PageHeader eyebrow="Forum" title="No discussion yet" />
      <p>
        Nobody has commented on <Link href={`/${key.data}`}>/{key.data}</Link> yet. Be the first: the comment box is at <Link href={`/${key.data}#discussion`}>the end of the page</Link>.
      </p>
    </div>
  );
}
