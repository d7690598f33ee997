import type { BibEntry } from "@/lib/content/bibliography.server";

/** The works cited, numbered in order of first citation; each entry is a citation's link target. */
export function Bibliography({ entries }: { entries: BibEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="references" className="end-section">
      <h2 id="references">References</h2>
      <ol className="bibliography">
        {entries.map((e) => (
          <li key={e.key} id={`ref-${e.key}`}>
            <span className="bib-authors">{e.authors.join(", ")}</span>
            {e.year && <span> ({e.year})</span>}.{" "}
            {e.url ? (
              <a href={e.url} rel="noopener" className="bib-title">
                {e.title}
              </a>
            ) : (
              <span className="bib-title">{e.title}</span>
            )}
            .{e.venue && <span className="bib-venue"> {e.venue}.</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
