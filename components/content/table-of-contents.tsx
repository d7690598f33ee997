import type { TocEntry } from "@/lib/content/rehype-toc.server";

/**
 * The page's sections. Collapsed under a "Contents" toggle on narrow screens; at 1200 px and wider
 * it is always open and sticks in the left gutter (article.css), with the section being read marked
 * (components/islands/toc-tracker.ts).
 */
export function TableOfContents({ toc }: { toc: TocEntry[] }) {
  if (toc.length < 2) return null;
  return (
    <lmh-toc>
    <nav aria-label="Contents" className="toc">
      <details className="toc-details">
        <summary className="toc-summary">Contents</summary>
        <ol className="toc-list">
          {toc.map((entry) => (
            <li key={entry.id} className={entry.depth === 3 ? "toc-sub" : undefined}>
              <a href={`#${entry.id}`}>{entry.text}</a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
    </lmh-toc>
  );
}
