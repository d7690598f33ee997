import Link from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/ui/page-header";
import { RecentlyChanged } from "@/components/problems/recently-changed";
import { StatusBadge } from "@/components/problems/status-badge";
import { listDirections } from "@/lib/content/problems.server";
import { sectionFeedAlternates } from "@/lib/content/feed-links";
import { z } from "@/lib/zod";
import { filterIndex, indexSorts, type IndexSort } from "@/lib/problems/index-view";
import { indexEntries } from "@/lib/problems/index-entries.server";
import { recentChanges } from "@/lib/problems/read.server";
import { problemStatuses, statusLabels } from "@/lib/problems/status";

export const metadata = {
  title: "Open problems",
  description: "The field's open directions and the questions under them, each with a status backed by evidence, a history and watchers.",
  alternates: { types: sectionFeedAlternates("/problems", "Open problems") },
};

// Unknown values are ignored rather than refused: a stale bookmark still shows the index.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const querySchema = z.object({
  status: optional(z.enum(problemStatuses)),
  direction: optional(z.string().max(64)),
  tag: optional(z.string().max(64)),
  section: optional(z.string().max(16)),
  sort: optional(z.enum(Object.keys(indexSorts) as [IndexSort, ...IndexSort[]])),
});

type Search = Promise<Record<string, string | string[] | undefined>>;
const selectClass = "rounded-md border border-rule bg-paper px-2 py-1";

export default async function ProblemsPage({ searchParams }: { searchParams: Search }) {
  await connection();
  const filters = querySchema.parse(await searchParams);
  const [entries, recent] = await Promise.all([indexEntries(), recentChanges(6)]);
  const groups = filterIndex(entries, filters);
  const directions = listDirections().map((d) => d.direction);
  const tags = [...new Set(entries.flatMap((e) => e.tags))].sort();
  const sections = [...new Set(entries.filter((e) => e.kind === "question").map((e) => e.section))].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  const shown = groups.reduce((n, g) => n + g.questions.length, 0);
  return (
    <div className="mx-auto max-w-5xl px-4 py-12">
      <PageHeader eyebrow="Open problems" title="Open problems">
        <p>
          The field&rsquo;s open directions and the questions under them. Each has a status backed by evidence and a history; members propose changes and new
          questions, moderators review them. <Link href="/problems/propose">Propose a question</Link> · <a href="/problems/feed.xml">RSS</a> ·{" "}
          <a href="/problems/atom.xml">Atom</a> · <a href="/api/problems/export">Export (JSON)</a>
        </p>
      </PageHeader>
      <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
        <div>
          <form method="get" className="mb-6 flex flex-wrap items-end gap-3 text-sm" aria-label="Filter and sort the problems">
            <label className="flex flex-col gap-1">
              Status
              <select name="status" defaultValue={filters.status ?? ""} className={selectClass}>
                <option value="">any</option>
                {problemStatuses.map((s) => (
                  <option key={s} value={s}>
                    {statusLabels[s]}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col gap-1">
              Direction
              <select name="direction" defaultValue={filters.direction ?? ""} className={`${selectClass} max-w-56`}>
                <option value="">any</option>
                {directions.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.title}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col gap-1">
              Tag
              <select name="tag" defaultValue={filters.tag ?? ""} className={selectClass}>
                <option value="">any</option>
                {tags.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </select>
            </label>
            <label className="flex flex-col gap-1">
              Paper section
              <select name="section" defaultValue={filters.section ?? ""} className={selectClass}>
                <option value="">any</option>
                {sections.map((s) => (
                  <option key={s} value={s}>
                    {s === "site" ? "the site's own" : s}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col gap-1">
              Sort questions by
              <select name="sort" defaultValue={filters.sort ?? ""} className={selectClass}>
                <option value="">reading order</option>
                {Object.entries(indexSorts).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="rounded-md px-3 py-1 ring-1 ring-rule hover:bg-paper-2">
              Apply
            </button>
          </form>
          <p className="mb-4 text-sm text-ink-2" role="status">
            {shown} {shown === 1 ? "question" : "questions"} in {groups.length} {groups.length === 1 ? "direction" : "directions"}.
          </p>
          <div className="flex flex-col gap-10">
            {groups.map(({ direction, questions }) => (
              <section key={direction.id} aria-labelledby={`dir-${direction.id}`}>
                <h2 id={`dir-${direction.id}`} className="font-serif text-xl font-semibold text-ink">
                  <a href={`/problems/${direction.id}`}>{direction.title}</a> <StatusBadge status={direction.status} />
                </h2>
                {direction.summary && <p className="mt-1 text-sm text-ink-2">{direction.summary}</p>}
                <ul className="mt-3 flex flex-col gap-3">
                  {questions.map((q) => (
                    <li key={q.id} className="border-l-2 border-rule pl-3">
                      <p>
                        <a href={`/problems/${q.id}`} className="font-medium">
                          {q.title}
                        </a>{" "}
                        <StatusBadge status={q.status} />
                      </p>
                      <p className="text-xs text-ink-3">
                        {q.section === "site" ? "the site's own" : q.section}
                        {q.tags.length > 0 && ` · ${q.tags.join(", ")}`} · {q.watchers} {q.watchers === 1 ? "watcher" : "watchers"}
                      </p>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </div>
        <aside>
          <RecentlyChanged entries={recent} />
        </aside>
      </div>
    </div>
  );
}
