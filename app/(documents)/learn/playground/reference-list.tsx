// The works the playground's experiments cite, as the targets of their #ref-key links.
import { getBibliography, shortAuthors } from "@/lib/content/bibliography.server";

export function ReferenceList({ keys }: { keys: string[] }) {
  const bib = getBibliography();
  return (
    <section aria-labelledby="references-title" className="border-t border-rule pt-10">
      <h2 id="references-title" className="font-serif text-2xl font-semibold tracking-tight text-ink">
        References
      </h2>
      <ol className="mt-4 flex flex-col gap-3 text-sm">
        {keys.map((key) => {
          const e = bib.get(key);
          return (
            <li key={key} id={`ref-${key}`} className="scroll-mt-20">
              <span className="font-mono text-ink-3">[{key}]</span>{" "}
              {e ? (
                <>
                  {shortAuthors(e)}
                  {e.year && ` (${e.year})`}.{" "}
                  {e.url ? <a href={e.url}>{e.title}</a> : <span>{e.title}</span>}
                  {e.venue && <span className="text-ink-2">. {e.venue}</span>}
                </>
              ) : (
                <span className="text-ink-3">not in the bibliography yet</span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
