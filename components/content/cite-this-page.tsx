import type { PageCitation } from "@/lib/content/cite-page.server";

/** How to cite the page: one plain-text line and a BibTeX entry, both ready to select and copy. */
export function CiteThisPage({ citation, what = "page" }: { citation: PageCitation; what?: "page" | "problem" }) {
  return (
    <section aria-labelledby={`cite-this-${what}`} className="end-section">
      <h2 id={`cite-this-${what}`}>Cite this {what}</h2>
      <p className="cite-plain">{citation.plain}</p>
      <details className="cite-bibtex">
        <summary>BibTeX</summary>
        <pre tabIndex={0} role="region" aria-label="BibTeX entry">
          <code>{citation.bibtex}</code>
        </pre>
      </details>
    </section>
  );
}
