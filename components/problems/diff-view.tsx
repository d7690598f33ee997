import type { DiffPart } from "@/lib/text/word-diff";

/** A word-level diff as text with <del> and <ins>, which screen readers announce as such. */
export function DiffView({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="whitespace-pre-wrap rounded-md bg-paper-2 p-3 font-mono text-xs leading-relaxed">
      {parts.map((p, i) =>
        p.op === "equal" ? (
          <span key={i}>{p.text}</span>
        ) : p.op === "delete" ? (
          <del key={i} className="text-danger">
            {p.text}
          </del>
        ) : (
          <ins key={i} className="text-ok">
            {p.text}
          </ins>
        ),
      )}
    </p>
  );
}
