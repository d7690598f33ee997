import type { FieldDiff } from "@/lib/problems/edits.server";
import { formatDay } from "@/lib/content/dates";
import { WordDiffView } from "@/components/ui/word-diff-view";

const fieldNames = { title: "Title", statement: "Statement", background: "Background", criterion: "What would count as resolving it" } as const;

/** Accepted revisions, newest first, each with its word-level diff against the text before it. */
export function RevisionList({ revisions }: { revisions: { id: string; number: number; authorName: string; summary: string; createdAt: Date; diffs: FieldDiff[] }[] }) {
  return (
    <ol className="flex flex-col gap-4">
      {revisions.map((r) => (
        <li key={r.id}>
          <p className="text-sm">
            Revision {r.number} by {r.authorName}, <time dateTime={r.createdAt.toISOString()}>{formatDay(r.createdAt.toISOString().slice(0, 10))}</time>: {r.summary}
          </p>
          {r.diffs.length > 0 && (
            <details>
              <summary className="text-sm">What changed</summary>
              {r.diffs.map((d) => (
                <div key={d.field} className="mt-2">
                  <p className="text-xs font-medium text-ink-2">{fieldNames[d.field]}</p>
                  <WordDiffView parts={d.parts} />
                </div>
              ))}
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
