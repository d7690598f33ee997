import Link from "next/link";
import type { SequencePosition } from "@/lib/content/sequences.server";

/** "Part 2 of 6" with a progress bar, shown above a learn page. */
export function SequenceProgress({ position }: { position: SequencePosition }) {
  const { sequence, index, total } = position;
  return (
    <div className="sequence-progress">
      <p className="eyebrow">
        <Link href={`/learn#${sequence.id}`} className="text-ink-3">
          {sequence.title}
        </Link>{" "}
        · {index} of {total}
      </p>
      <div className="sequence-bar" role="progressbar" aria-label={`${sequence.title}: page ${index} of ${total}`} aria-valuemin={1} aria-valuemax={total} aria-valuenow={index}>
        <span style={{ width: `${(index / total) * 100}%` }} />
      </div>
    </div>
  );
}

/** Previous and next pages of the sequence, at the end of a learn page. */
export function SequenceNav({ position }: { position: SequencePosition }) {
  const { sequence, index, total, previous, next } = position;
  return (
    <nav aria-label={`${sequence.title}, page ${index} of ${total}`} className="sequence-nav">
      {previous ? (
        <Link href={previous.href} rel="prev" className="sequence-nav-link">
          <span className="eyebrow">← Previous</span>
          <span className="sequence-nav-title">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={next.href} rel="next" className="sequence-nav-link sequence-nav-next">
          <span className="eyebrow">Next →</span>
          <span className="sequence-nav-title">{next.title}</span>
        </Link>
      ) : (
        <Link href="/learn" className="sequence-nav-link sequence-nav-next">
          <span className="eyebrow">End of the tour</span>
          <span className="sequence-nav-title">Back to all learn pages</span>
        </Link>
      )}
    </nav>
  );
}
