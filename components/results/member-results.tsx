// A member's results and reproductions with their verdicts, for the profile page.
import Link from "next/link";
import type { ResultListItem } from "@/lib/results/read.server";
import { VerdictLabel } from "./verdict-label";

export function MemberResults({ results }: { results: ResultListItem[] }) {
  const own = results.filter((r) => !r.reproductionOfId);
  const reproductions = results.filter((r) => r.reproductionOfId);
  const list = (items: ResultListItem[]) => (
    <ul className="flex flex-col gap-1 text-sm">
      {items.map((r) => (
        <li key={r.id}>
          <Link href={`/results/${r.id}`}>{r.title}</Link> <span className="font-mono text-xs text-ink-3">{r.experimentId}</span> <VerdictLabel verdict={r.verdict} pending="being checked" />
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="results-h" className="mt-10 border-t border-rule pt-6" data-testid="member-results">
      <h2 id="results-h" className="mb-4 text-lg font-semibold">
        Results
      </h2>
      {own.length === 0 ? <p className="text-sm text-ink-3">No results yet.</p> : list(own)}
      {reproductions.length > 0 && (
        <>
          <h3 className="mb-2 mt-6 font-semibold">Reproductions</h3>
          {list(reproductions)}
        </>
      )}
    </section>
  );
}
