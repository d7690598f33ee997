import Link from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/ui/page-header";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
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
          <FilterForm aria-label="Filter and sort the problems">
            <FilterSelect label="Status" name="status" value={filters.status} options={problemStatuses.map((s) => ({ value: s, label: statusLabels[s] }))} />
            <FilterSelect label="Direction" name="direction" value={filters.direction} options={directions.map((d) => ({ value: d.id, label: d.title }))} className="max-w-56" />
            <FilterSelect label="Tag" name="tag" value={filters.tag} options={tags} />
            <FilterSelect label="Paper section" name="section" value={filters.section} options={sections.map((s) => ({ value: s, label: s === "site" ? "the site's own" : s }))} />
            <FilterSelect label="Sort questions by" name="sort" value={filters.sort} options={Object.entries(indexSorts).map(([value, label]) => ({ value, label }))} any="reading order" />
            <button type="submit" className="rounded-md px-3 py-1 ring-1 ring-rule hover:bg-paper-2">
              Apply
            </button>
          </FilterForm>
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
