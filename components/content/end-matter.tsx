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
/** The page's forum thread: a link that works without JavaScript, and the island that shows posts and a comment box. */
export function Discussion({ pageKey }: { pageKey: string }) {
  return (
    <section aria-labelledby="discussion" className="end-section">
      <h2 id="discussion">Discussion</h2>
      <p>
        <a href={`/forum/page-thread?key=${encodeURIComponent(pageKey)}`}>This page&rsquo;s discussion in the forum</a>
      </p>
      {/* Behaviour: components/islands/discussion.ts */}
      <lmh-discussion data-page={pageKey} />
    </section>
  );
}
