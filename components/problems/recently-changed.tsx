import { formatDay } from "@/lib/content/dates";
import { statusLabels } from "@/lib/problems/status";
import type { recentChanges } from "@/lib/problems/read.server";

type Entry = Awaited<ReturnType<typeof recentChanges>>[number];

/** The latest accepted status changes and new questions. */
export function RecentlyChanged({ entries, headingLevel = 2 }: { entries: Entry[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby="recently-changed" className="rounded-md border border-rule p-4">
      <Heading id="recently-changed" className="mb-2 text-base font-semibold text-ink">
        Recently changed
      </Heading>
      {entries.length === 0 ? (
        <p className="text-sm text-ink-2">No status has changed yet: every problem is as it was listed.</p>
      ) : (
        <ul className="flex flex-col gap-2 text-sm">
          {entries.map((e) => (
            <li key={`${e.kind}-${e.id}`}>
              <a href={e.kind === "status" ? `/problems/${e.problem.id}#change-${e.id}` : `/problems/${e.problem.id}`}>{e.problem.title}</a>{" "}
              <span className="text-ink-2">{e.kind === "status" ? `${statusLabels[e.from]} → ${statusLabels[e.to]}` : "new question"}</span>{" "}
              <time className="text-ink-3" dateTime={e.at.toISOString()}>
                {formatDay(e.at.toISOString().slice(0, 10))}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
