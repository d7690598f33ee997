// The /problems index: directions with their questions, filtered and sorted. Pure, over entries
// the page assembles from content (text, tags, section) and the database (status, activity, watchers).
import type { ProblemStatus } from "./status";

export interface IndexEntry {
  id: string;
  kind: "direction" | "question";
  direction: string | null;
  title: string;
  summary: string;
  section: string;
  tags: string[];
  status: ProblemStatus;
  createdAt: Date;
  activityAt: Date;
  watchers: number;
}

export const indexSorts = { activity: "Recent activity", watchers: "Most watched", newest: "Newest" } as const;
export type IndexSort = keyof typeof indexSorts;

export interface IndexFilters {
  status?: ProblemStatus;
  direction?: string;
  tag?: string;
  section?: string;
  sort?: IndexSort;
}

const sorters: Record<IndexSort, (a: IndexEntry, b: IndexEntry) => number> = {
  activity: (a, b) => b.activityAt.getTime() - a.activityAt.getTime(),
  watchers: (a, b) => b.watchers - a.watchers,
  newest: (a, b) => b.createdAt.getTime() - a.createdAt.getTime(),
};

/**
 * Directions in their own order (the paper's, then the site's), each with the questions that pass
 * the filters, sorted; a direction is listed when it or one of its questions passes. Without a sort
 * the questions keep the order they were given in.
 */
export function filterIndex(entries: IndexEntry[], filters: IndexFilters): { direction: IndexEntry; questions: IndexEntry[] }[] {
  const passes = (e: IndexEntry) =>
    (!filters.status || e.status === filters.status) && (!filters.tag || e.tags.includes(filters.tag)) && (!filters.section || e.section === filters.section);
  const directions = entries.filter((e) => e.kind === "direction" && (!filters.direction || e.id === filters.direction));
  return directions.flatMap((direction) => {
    const questions = entries.filter((q) => q.kind === "question" && q.direction === direction.id && passes(q));
    if (filters.sort) questions.sort((a, b) => sorters[filters.sort!](a, b) || a.title.localeCompare(b.title));
    return questions.length > 0 || passes(direction) ? [{ direction, questions }] : [];
  });
}
