import type { Evidence } from "@/lib/problems/schemas";

const label = { paper: "Paper", post: "Forum post", result: "Result" } as const;

/** Evidence links: papers and posts by URL (nofollow: members typed them), results by id. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  return (
    <ul className="flex flex-col gap-1 text-sm">
      {evidence.map((e, i) => (
        <li key={i}>
          <span className="text-ink-3">{label[e.kind]}: </span>
          {e.kind === "result" ? (
            <a href={`/results/${encodeURIComponent(e.id)}`}>{e.id}</a>
          ) : (
            <a href={e.url} rel="nofollow ugc noopener" className="break-all">
              {e.url}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
