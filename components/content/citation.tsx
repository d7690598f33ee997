import type { BibEntry } from "@/lib/content/bibliography.server";
import { shortAuthors } from "@/lib/content/bibliography.server";

/**
 * A numbered citation, "[3]" or "[3, 7]". Each number links to its bibliography entry and owns a
 * card (authors, title, venue, year, link) that opens on hover and on keyboard focus through CSS
 * alone; the card text is also the link's accessible description. Escape closes it, and on touch screens the first tap opens it (components/islands/citation-cards.ts).
 */
export function Citation({ keys, occurrence, cited }: { keys: string; occurrence: string; cited: BibEntry[] }) {
  const entries = keys.split(" ").map((key) => ({ key, n: cited.findIndex((e) => e.key === key) + 1 }));
  return (
    <span className="cite">
      [
      {entries.map(({ key, n }, i) => {
        const entry = cited[n - 1];
        const cardId = `cite-${occurrence}-${i}`;
        return (
          <span key={key} className="cite-item">
            {i > 0 && ", "}
            <a href={`#ref-${key}`} aria-describedby={cardId} className="cite-link">
              {n || "?"}
            </a>
            {entry && <CitationCard id={cardId} entry={entry} />}
          </span>
        );
      })}
      ]
    </span>
  );
}

function CitationCard({ id, entry }: { id: string; entry: BibEntry }) {
  return (
    <span id={id} className="cite-card">
      <span className="cite-card-box">
        <span className="cite-card-authors">{shortAuthors(entry)}</span>
        <span className="cite-card-title">{entry.title}</span>
        <span className="cite-card-venue">{[entry.venue, entry.year].filter(Boolean).join(", ")}</span>
        {entry.url && (
          <a className="cite-card-link" href={entry.url} rel="noopener">
            {new URL(entry.url).hostname.replace(/^www\./, "")} ↗
          </a>
        )}
      </span>
    </span>
  );
}
