import "server-only";
import type { Metadata } from "next";
import { site } from "@/lib/site";
import { getAuthor } from "./authors.server";
import type { PageMeta } from "./load.server";
import { siteOrigin } from "@/lib/env.server";
import { absoluteUrl } from "./site-url.server";

/** Title, description, canonical URL, feeds and OpenGraph/Twitter article data for a content page. */
export function pageMetadata(page: PageMeta): Metadata {
  return {
    metadataBase: new URL(siteOrigin()),
    title: page.title,
    description: page.summary,
    authors: page.authors.map((id) => ({ name: getAuthor(id)?.name ?? id, url: absoluteUrl(`/authors/${id}`) })),
    keywords: page.tags,
    alternates: { canonical: page.href, types: { "application/rss+xml": "/feed.xml", "application/atom+xml": "/atom.xml" } },
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

/** The same for an index page (perspectives, learn, an author). */
export function indexMetadata({ title, description, path }: { title: string; description: string; path: string }): Metadata {
  return {
    metadataBase: new URL(siteOrigin()),
    title,
    description,
    alternates: { canonical: path, types: { "application/rss+xml": "/feed.xml", "application/atom+xml": "/atom.xml" } },
    openGraph: { type: "website", siteName: site.name, title, description, url: path },
    twitter: { card: "summary_large_image", title, description },
  };
}
