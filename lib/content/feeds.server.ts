import "server-only";
import { Feed } from "feed";
import { site } from "@/lib/site";
import { getAuthor } from "./authors.server";
import { listPages, type PageMeta } from "./load.server";
import type { Sequence } from "./sequences.server";
import { SITE_ATOM, SITE_RSS, sequenceFeedPath } from "./feed-links";
import { absoluteUrl } from "./site-url.server";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function lastChange(page: PageMeta): string {
  return page.updated ?? page.date;
}

interface FeedOptions {
  title: string;
  description: string;
  path: string;
  /** The feed's own URLs (its rel="self" link). */
  feedLinks: { rss: string; atom?: string };
}

function feedOf(pages: PageMeta[], { title, description, path, feedLinks }: FeedOptions): Feed {
  const feed = new Feed({
    title,
    description,
    id: absoluteUrl(path),
    link: absoluteUrl(path),
    language: "en",
    copyright: `${site.name}`,
    updated: pages.length ? day(pages.map(lastChange).sort().at(-1)!) : new Date(0),
    generator: site.name,
    feedLinks: Object.fromEntries(Object.entries(feedLinks).map(([type, url]) => [type, absoluteUrl(url)])),
  });
  for (const page of pages) {
    feed.addItem({
      title: page.title,
      id: absoluteUrl(page.href),
      link: absoluteUrl(page.href),
      description: page.summary,
      date: day(lastChange(page)),
      published: day(page.date),
      author: page.authors.map((id) => {
        const author = getAuthor(id);
        return { name: author?.name ?? id, link: absoluteUrl(`/authors/${id}`) };
      }),
      category: page.tags.map((name) => ({ name })),
    });
  }
  return feed;
}

/** Everything published, newest first: the site-wide RSS and Atom feeds share it. */
export function siteFeed(): Feed {
  return feedOf(listPages(), { title: site.name, description: site.description, path: "/", feedLinks: { rss: SITE_RSS, atom: SITE_ATOM } });
}

/** One sequence's pages in reading order, for readers who follow a tour as it grows. */
export function sequenceFeed(sequence: Sequence): Feed {
  return feedOf(sequence.pages, { title: `${sequence.title} · ${site.name}`, description: sequence.description, path: "/learn", feedLinks: { rss: sequenceFeedPath(sequence.id) } });
}

export function xmlResponse(body: string, type: "rss" | "atom"): Response {
  return new Response(body, {
    headers: {
      "content-type": `application/${type}+xml; charset=utf-8`,
      "cache-control": "public, max-age=3600",
    },
  });
}
