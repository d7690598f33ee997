// The categories a fresh site starts with (seeded idempotently; administrators may then rename,
// reorder or add). Content pages' discussion threads go to the category of their kind.
export const SEEDED_CATEGORIES = [
  { slug: "general", name: "General", description: "Anything about learning mechanics that fits nowhere else." },
  { slug: "perspectives", name: "Perspectives", description: "Discussion of the site's perspective essays: objections, extensions, references." },
  { slug: "learn", name: "Learn", description: "Questions and discussion about the learning pages: derivations, exercises, confusions." },
  { slug: "open-problems", name: "Open problems", description: "Working on the open questions: ideas, partial progress, related work." },
  { slug: "results", name: "Results", description: "Reproducible toy results: what was measured, how, and what it means." },
  { slug: "meta", name: "Meta", description: "The site itself: features, bugs, moderation and community norms." },
].map((c, i) => ({ ...c, position: i + 1 }));

/** Where a content page's discussion thread lives, by the page key's first segment. */
export const PAGE_KIND_CATEGORY: Record<string, string> = { perspectives: "perspectives", learn: "learn", problems: "open-problems", results: "results" };
