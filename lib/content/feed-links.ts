// Where the feeds live, and the <link rel="alternate"> list every page advertises so that a feed
// reader given any page's address, the home page's included, finds them.
import type { Metadata } from "next";
import { site } from "@/lib/site";
import { sequences, type SequenceId } from "./sequences";

export const SITE_RSS = "/feed.xml";
export const SITE_ATOM = "/atom.xml";

/** A sequence's own feed, beside its pages. */
export const sequenceFeedPath = (id: SequenceId) => `/learn/${id}/feed.xml`;

type FeedTypes = NonNullable<NonNullable<Metadata["alternates"]>["types"]>;

/** The site's RSS and Atom feeds, then the feed of each given sequence. */
export function feedAlternates(sequenceIds: SequenceId[] = []): FeedTypes {
  return {
    "application/rss+xml": [
      { url: SITE_RSS, title: site.name },
      ...sequenceIds.map((id) => ({ url: sequenceFeedPath(id), title: `${sequences[id].title} · ${site.name}` })),
    ],
    "application/atom+xml": [{ url: SITE_ATOM, title: site.name }],
  };
}

/**
 * The site's feeds, then a section's own (`<base>/feed.xml` and `<base>/atom.xml`): the open
 * problems, the forum and its categories, tags and threads, the results.
 */
export function sectionFeedAlternates(base: string, name: string): FeedTypes {
  const title = `${name} · ${site.name}`;
  return {
    "application/rss+xml": [{ url: SITE_RSS, title: site.name }, { url: `${base}/feed.xml`, title }],
    "application/atom+xml": [{ url: SITE_ATOM, title: site.name }, { url: `${base}/atom.xml`, title }],
  };
}
