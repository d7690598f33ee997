// A post's revisions, with a word-level diff between any two (?from=&to=; default: the last edit).
import Link from "next/link";
import { notFound } from "next/navigation";
import { forumId } from "@/lib/forum/schemas";
import { postHistory } from "@/lib/forum/posts.server";
import { wordDiff } from "@/lib/text/word-diff";
import { WordDiffView } from "@/components/ui/word-diff-view";
import { FormattedTime } from "@/components/forum/time";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = { title: "Post history · Forum", robots: { index: false } };

export default async function HistoryPage({ params, searchParams }: Props) {
  const id = forumId.safeParse((await params).id);
  const post = id.success ? await postHistory(id.data) : null;
  if (!post || post.deletedAt) notFound();
  const revs = post.revisions;
  const last = revs.length;
  const pick = (v: unknown, fallback: number) => (typeof v === "string" && /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= last ? Number(v) : fallback);
  const search = await searchParams;
  const to = pick(search.to, last);
  const from = pick(search.from, Math.max(1, to - 1));
  const select = (name: string, value: number, label: string) => (
    <label className="flex flex-col gap-1">
      {label}
      <select name={name} defaultValue={value} className="rounded-md border border-rule bg-paper px-2 py-1">
        {revs.map((r) => (
          <option key={r.revision} value={r.revision}>
            Revision {r.revision}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <p className="eyebrow mb-2">
        <Link href={`/forum/t/${post.thread.id}/${post.thread.slug}#p${post.number}`}>
          {post.thread.title}, post {post.number}
        </Link>
      </p>
      <h1 className="mb-6 font-serif text-3xl font-semibold">History of post {post.number}</h1>
      <ol className="mb-6 text-sm">
        {revs.map((r) => (
          <li key={r.revision}>
            Revision {r.revision}: <FormattedTime date={r.createdAt} />
            {r.editor && <> by {r.editor.name}</>}
          </li>
        ))}
      </ol>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm" aria-label="Compare revisions">
        {select("from", from, "From")}
        {select("to", to, "To")}
        <button type="submit" className="rounded-md px-3 py-1.5 ring-1 ring-rule hover:bg-paper-2">
          Compare
        </button>
      </form>
      <h2 className="mb-2 text-lg font-semibold">
        Revision {from} → revision {to}
      </h2>
      <WordDiffView parts={wordDiff(revs[from - 1]!.source, revs[to - 1]!.source, { phrases: true })} />
    </div>
  );
}
