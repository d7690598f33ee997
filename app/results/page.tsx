// /results — every submitted result, newest first, filtered by experiment, verdict, problem and
// author. Reads the database per request, so it lives outside app/(documents)/.
import { sectionFeedAlternates } from "@/lib/content/feed-links";
import Link from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/ui/page-header";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-form";
import { EmptyState } from "@/components/ui/empty-state";
import { VerdictLabel } from "@/components/results/verdict-label";
import { experiments } from "@/lib/experiments/registry";
import { listResults } from "@/lib/results/read.server";
import { listQuery } from "@/lib/results/api";

export const metadata = {
  title: "Results",
  alternates: { types: sectionFeedAlternates("/results", "Results") },
};

type Search = Promise<Record<string, string | string[] | undefined>>;
const verdicts = [
  { value: "reproduced", label: "reproduced" },
  { value: "not-reproduced", label: "not reproduced" },
  { value: "inconclusive", label: "inconclusive" },
];

export default async function ResultsPage({ searchParams }: { searchParams: Search }) {
  await connection();
  const raw = Object.fromEntries(Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === "string" && v ? [[k, v]] : [])));
  const parsed = listQuery.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const results = await listResults({ ...filters, limit: filters.limit ?? 50 });
  return (
    <div className="mx-auto max-w-5xl px-4 py-12">
      <PageHeader eyebrow="Results" title="Reproducible toy results">
        <p>
          Claims about the registry&apos;s toy experiments, each re-run by the server over seeds, with a verdict and the numbers behind it.{" "}
          <Link href="/results/new">Submit one</Link> from any demo, or through the <Link href="/api/openapi.json">API</Link>.
        </p>
      </PageHeader>
      <FilterForm aria-label="Filter results">
        <FilterSelect label="Experiment" name="experiment" value={filters.experiment} options={experiments.map((e) => ({ value: e.id, label: e.title }))} />
        <FilterSelect label="Verdict" name="verdict" value={filters.verdict} options={verdicts} />
        <FilterInput label="Problem (id)" name="problem" defaultValue={filters.problem ?? ""} />
        <FilterInput label="Author (handle)" name="author" defaultValue={filters.author ?? ""} />
        <button type="submit" className="rounded-md px-3 py-1.5 ring-1 ring-rule hover:bg-paper-2">
          Filter
        </button>
        <a href="/results/feed.xml" className="ml-auto">
          RSS
        </a>
        <a href="/results/atom.xml">Atom</a>
      </FilterForm>
      {results.length === 0 ? (
        <EmptyState>No results match. {Object.keys(raw).length === 0 && "No toy results have been submitted yet."}</EmptyState>
      ) : (
        <ul className="flex flex-col divide-y divide-rule" data-testid="results-list">
          {results.map((r) => (
            <li key={r.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-3">
              <Link href={`/results/${r.id}`} className="font-medium">
                {r.title}
              </Link>
              <VerdictLabel verdict={r.verdict} pending={r.status === "FAILED" ? "could not run" : "checking"} />
              <span className="font-mono text-xs text-ink-3">{r.experimentId}</span>
              <span className="text-xs text-ink-3">
                {r.reproductionOfId ? "reproduction " : ""}by {r.author ? <Link href={`/users/${r.author.handle}`}>{r.author.name}</Link> : "a former member"},{" "}
                <time dateTime={r.createdAt.toISOString()}>{r.createdAt.toISOString().slice(0, 10)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
