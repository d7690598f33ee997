import "server-only";
import { getAuthor } from "./authors.server";
import { formatDay } from "./dates";
import type { PageMeta } from "./load.server";

/** The byline on a page's social card: authors and date. */
export function socialByline(page: PageMeta): string {
  return `${page.authors.map((id) => getAuthor(id)?.name ?? id).join(", ")} · ${formatDay(page.date)}`;
}
