import { formatDay } from "@/lib/content/dates";
import type { PageMeta } from "@/lib/content/load.server";
import { problemsRaisedBy } from "@/lib/content/problems.server";

/** What changed since publication, newest first, from the page's frontmatter. */
export function Changelog({ page }: { page: PageMeta }) {
  if (page.changelog.length === 0) return null;
  const entries = [...page.changelog].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section aria-labelledby="changes" className="end-section">
      <h2 id="changes">Changes</h2>
      <ul className="changelog">
        {entries.map((c) => (
          <li key={`${c.date}-${c.note}`}>
            <time dateTime={c.date}>{formatDay(c.date)}</time>: {c.note}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The directions and questions this page raises, each linking to its page in the tracker. */
export function RelatedProblems({ page }: { page: PageMeta }) {
  const problems = problemsRaisedBy(page.kind, page.slug);
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="open-problems" className="end-section">
      <h2 id="open-problems">Open questions this page raises</h2>
      <ul className="related-problems">
        {problems.map((p) => (
          <li key={p.id}>
            <a href={p.href}>{p.title}</a>
            {p.kind === "direction" && <span className="problem-kind"> (open direction)</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Each page will get a forum thread; until the forum opens, say so rather than link nowhere. */
export function Discussion() {
  return (
    <section aria-labelledby="discussion" className="end-section">
      <h2 id="discussion">Discussion</h2>
      <p>Discussion opens with the forum: each page will have its own thread there.</p>
    </section>
  );
}
