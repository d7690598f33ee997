import Link from "next/link";
import { getAuthor } from "@/lib/content/authors.server";
import { formatDay } from "@/lib/content/dates";
import type { PageMeta } from "@/lib/content/load.server";

/**
 * Index entries: title, summary, authors, date and reading time. `numbered` shows sequence order;
 * `heading` keeps the outline unbroken under whatever heading the list sits.
 */
export function PageList({ pages, numbered = false, heading: Heading = "h3" }: { pages: PageMeta[]; numbered?: boolean; heading?: "h2" | "h3" }) {
  const List = numbered ? "ol" : "ul";
  return (
    <List className="flex flex-col gap-8">
      {pages.map((page, i) => (
        <li key={page.href} className="flex gap-4">
          {numbered && (
            <span className="mt-1 font-sans text-sm font-semibold tabular-nums text-ink-3" aria-hidden="true">
              {i + 1}
            </span>
          )}
          <div>
            <Heading className="font-serif text-xl font-semibold leading-snug">
              <Link href={page.href} className="text-ink no-underline hover:text-accent hover:underline">
                {page.title}
              </Link>
            </Heading>
            <p className="mt-1 font-serif text-base leading-relaxed text-ink-2">{page.summary}</p>
            <p className="mt-1 font-sans text-sm text-ink-3">
              {page.authors.map((id) => getAuthor(id)?.name ?? id).join(", ")} · <time dateTime={page.date}>{formatDay(page.date)}</time> · {page.readingMinutes} min read
            </p>
          </div>
        </li>
      ))}
    </List>
  );
}
