// A server-rendered list of threads with sort links and a keyset "next page" link.
import Link from "next/link";
import type { ThreadRow } from "@/lib/forum/lists.server";
import { FormattedTime } from "./time";

export function SortLinks({ base, sort, period }: { base: string; sort: string; period: string }) {
  const link = (label: string, params: Record<string, string>, current: boolean) => (
    <Link href={`${base}?${new URLSearchParams(params)}`} aria-current={current ? "page" : undefined} className="rounded px-2 py-1 ring-rule aria-[current=page]:font-semibold aria-[current=page]:ring-1">
      {label}
    </Link>
  );
  return (
    <nav aria-label="Sort threads" className="flex flex-wrap gap-2 text-sm">
      {link("Latest", { sort: "latest" }, sort !== "top")}
      {(["week", "month", "year", "all"] as const).map((p) => link(`Top (${p === "all" ? "all time" : `this ${p}`})`, { sort: "top", period: p }, sort === "top" && period === p))}
    </nav>
  );
}

export function ThreadList({ threads, next, base, keep, signedIn }: { threads: ThreadRow[]; next: string | null; base: string; keep: Record<string, string>; signedIn: boolean }) {
  if (threads.length === 0) return <p className="py-6 text-ink-2">No threads here yet.</p>;
  return (
    <>
      <ol className="divide-y divide-rule border-y border-rule">
        {threads.map((t) => (
          <li key={t.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-baseline sm:justify-between">
            <div>
              <Link href={`/forum/t/${t.id}/${t.slug}`} className="font-medium">
                {t.pinnedAt && <span className="text-ink-3">Pinned: </span>}
                {t.kind === "QUESTION" && <span className="text-ink-3">{t.acceptedPostId ? "Answered: " : "Question: "}</span>}
                {t.title}
              </Link>
              {t.lockedAt && <span className="ml-2 text-xs text-ink-3">(locked)</span>}
              <p className="text-xs text-ink-3">
                <Link href={`/forum/c/${t.category.slug}`}>{t.category.name}</Link>
                {t.tags.map(({ tag }) => (
                  <span key={tag.name}>
                    {" · "}
                    <Link href={`/forum/tag/${tag.name}`}>#{tag.name}</Link>
                  </span>
                ))}
                {" · "}
                {t.author ? <Link href={`/users/${t.author.handle}`}>{t.author.name}</Link> : t.pageKey ? "page discussion" : "former member"}
              </p>
            </div>
            <p className="shrink-0 text-xs text-ink-2">
              {t.postCount - 1} {t.postCount === 2 ? "reply" : "replies"} · <FormattedTime date={t.lastActivityAt} />
              {t.score !== null && <> · {t.score} reactions</>}
              {signedIn && t.unread !== undefined && (t.unread === null ? <strong className="ml-1">new</strong> : t.unread > 0 ? <strong className="ml-1">{t.unread} unread</strong> : null)}
            </p>
          </li>
        ))}
      </ol>
      {next && (
        <p className="mt-4">
          <Link href={`${base}?${new URLSearchParams({ ...keep, after: next })}`} rel="next">
            Next page
          </Link>
        </p>
      )}
    </>
  );
}
