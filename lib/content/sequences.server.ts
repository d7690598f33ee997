import "server-only";
import { ContentError } from "./errors.server";
import { listPages, type PageMeta } from "./load.server";
import { sequences, type SequenceId } from "./sequences";

export interface Sequence {
  id: SequenceId;
  title: string;
  description: string;
  /** Learn pages in reading order. */
  pages: PageMeta[];
}

export interface SequencePosition {
  sequence: Sequence;
  /** 1-based. */
  index: number;
  total: number;
  previous?: PageMeta;
  next?: PageMeta;
}

/** Every sequence with its pages in order. Two pages claiming the same place is a content error. */
export function listSequences(): Sequence[] {
  const learn = listPages("learn");
  return (Object.keys(sequences) as SequenceId[]).map((id) => {
    const pages = learn.filter((p) => p.sequence === id).sort((a, b) => a.order! - b.order!);
    pages.forEach((p, i) => {
      if (i > 0 && pages[i - 1].order === p.order) {
        throw new ContentError(p.file, 'frontmatter field "order"', `${p.order} is also the order of ${pages[i - 1].file} in sequence "${id}"`);
      }
      // Sequence feeds live at /learn/<sequence>/feed.xml, beside the pages.
      if (p.slug === id) throw new ContentError(p.file, "file name", `a learn page may not share its slug with the sequence "${id}"`);
    });
    return { id, ...sequences[id], pages };
  });
}

export function getSequence(id: string): Sequence | undefined {
  return listSequences().find((s) => s.id === id);
}

export function sequencePosition(page: PageMeta): SequencePosition | undefined {
  const sequence = page.sequence && getSequence(page.sequence);
  if (!sequence) return undefined;
  const i = sequence.pages.findIndex((p) => p.href === page.href);
  return { sequence, index: i + 1, total: sequence.pages.length, previous: sequence.pages[i - 1], next: sequence.pages[i + 1] };
}
