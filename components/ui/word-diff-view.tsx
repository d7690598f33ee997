import type { DiffPart } from "@/lib/text/word-diff";

/**
 * A word diff as text with additions and removals marked; the hidden labels name them for screen
 * readers, which mostly do not announce <ins> and <del>.
 */
export function WordDiffView({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="whitespace-pre-wrap rounded-md bg-paper-2 p-3 font-mono text-sm" data-testid="word-diff">
      {parts.map((part, i) =>
        part.op === "same" ? (
          <span key={i}>{part.text}</span>
        ) : part.op === "added" ? (
          <ins key={i} className="bg-[color-mix(in_srgb,green_20%,transparent)] no-underline">
            <span className="sr-only">[added: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : (
          <del key={i} className="bg-[color-mix(in_srgb,red_20%,transparent)]">
            <span className="sr-only">[removed: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ),
      )}
    </p>
  );
}
