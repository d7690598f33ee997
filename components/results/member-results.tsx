// A member's results and reproductions with their verdicts, for the profile page.
import type { ResultListItem } from "@/lib/results/read.server";
import { ResultLinks } from "./result-links";

export function MemberResults({ results }: { results: ResultListItem[] }) {
  const own = results.filter((r) => !r.reproductionOfId);
  const reproductions = results.filter((r) => r.reproductionOfId);
  return (
    <section aria-labelledby="results-h" className="mt-10 border-t border-rule pt-6" data-testid="member-results">
      <h2 id="results-h" className="mb-4 text-lg font-semibold">
        Results
      </h2>
      {own.length === 0 ? <p className="text-sm text-ink-3">No results yet.</p> : <ResultLinks results={own} />}
      {reproductions.length > 0 && (
        <>
          <h3 className="mb-2 mt-6 font-semibold">Reproductions</h3>
          <ResultLinks results={reproductions} />
        </>
      )}
    </section>
  );
}
