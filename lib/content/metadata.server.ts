import "server-only";
import type { Metadata } from "next";
import { site } from "@/lib/site";
import { getAuthor } from "./authors.server";
import type { PageMeta } from "./load.server";
import { absoluteUrl } from "./site-url.server";
import { feedAlternates } from "./feed-links";
import type { SequenceId } from "./sequences";

// Relative URLs resolve against the root layout's metadataBase (the site's origin).

/** Title, description, canonical URL, feeds (with its sequence's) and OpenGraph/Twitter article data for a content page. */
export function pageMetadata(page: PageMeta): Metadata {
  return {
    title: page.title,
    description: page.summary,
    authors: page.authors.map((id) => ({ name: getAuthor(id)?.name ?? id, url: absoluteUrl(`/authors/${id}`) })),
    keywords: page.tags,
    alternates: { canonical: page.href, types: feedAlternates(page.sequence ? [page.sequence] : []) },
    // The og:image comes from the route's opengraph-image.tsx; Twitter falls back to it.
    openGraph: {
      type: "article",
      siteName: site.name,
      title: page.title,
      description: page.summary,
      url: page.href,
      publishedTime: page.date,
      modifiedTime: page.updated ?? page.date,
      authors: page.authors.map((id) => absoluteUrl(`/authors/${id}`)),
      tags: page.tags,
    },
    twitter: { card: "summary_large_image", title: page.title, description: page.summary },
  };
}

/** The same for an index page (perspectives, learn, an author), with the feeds of the sequences it lists. */
export function indexMetadata({ title, description, path, sequences = [] }: { title: string; description: string; path: string; sequences?: SequenceId[] }): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path, types: feedAlternates(sequences) },
    openGraph: { type: "website", siteName: site.name, title, description, url: path },
    twitter: { card: "summary_large_image", title, description },
  };
}
