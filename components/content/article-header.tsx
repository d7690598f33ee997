import Link from "next/link";
import { getAuthor } from "@/lib/content/authors.server";
import { formatDay } from "@/lib/content/dates";
import type { PageMeta } from "@/lib/content/load.server";

/** Title, summary, authors with affiliations, dates and reading time. */
export function ArticleHeader({ page, eyebrow }: { page: PageMeta; eyebrow?: React.ReactNode }) {
  return (
    <header className="article-header">
      {eyebrow}
      <h1 className="font-serif text-3xl font-semibold leading-tight tracking-tight text-ink sm:text-4xl">{page.title}</h1>
      <p className="mt-4 font-serif text-lg leading-relaxed text-ink-2">{page.summary}</p>
      <div className="mt-6 flex flex-col gap-1 border-y border-rule py-3 font-sans text-sm text-ink-2">
        <ul className="flex flex-wrap gap-x-4" aria-label="Authors">
          {page.authors.map((id) => {
            const author = getAuthor(id);
            return (
              <li key={id}>
                <Link href={`/authors/${id}`} className="font-medium">
                  {author?.name ?? id}
                </Link>
                {author?.affiliation && <span className="text-ink-3">, {author.affiliation}</span>}
              </li>
            );
          })}
        </ul>
        <p className="text-ink-3">
          Published <time dateTime={page.date}>{formatDay(page.date)}</time>
          {page.updated && (
            <>
              {" "}
              · Updated <time dateTime={page.updated}>{formatDay(page.updated)}</time>
            </>
          )}{" "}
          · {page.readingMinutes} min read
        </p>
      </div>
    </header>
  );
}
