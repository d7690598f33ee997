// Results as a list of links with their experiment and verdict (profiles, problem pages).
import Link from "next/link";
import type { ResultListItem } from "@/lib/results/read.server";
import { VerdictLabel } from "./verdict-label";

export function ResultLinks({ results }: { results: ResultListItem[] }) {
  return (
    <ul className="flex flex-col gap-1 text-sm">
      {results.map((r) => (
        <li key={r.id}>
          <Link href={`/results/${r.id}`}>{r.title}</Link> <span className="font-mono text-xs text-ink-3">{r.experimentId}</span> <VerdictLabel verdict={r.verdict} pending="being checked" />
        </li>
      ))}
    </ul>
  );
}
