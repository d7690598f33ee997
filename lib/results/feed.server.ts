import "server-only";
// RSS and Atom of the newest results with their verdicts.
import { Feed } from "feed";
import { siteOrigin } from "@/lib/env.server";
import { site } from "@/lib/site";
import { listResults } from "./read.server";
import { VERDICT_TEXT } from "./cite";

export async function resultsFeed(): Promise<Feed> {
  const origin = siteOrigin();
  const results = await listResults({ limit: 50 });
  const feed = new Feed({
    title: `Results · ${site.name}`,
    description: "Reproducible toy results: claims re-run by the server, with verdicts.",
    id: `${origin}/results`,
    link: `${origin}/results`,
    copyright: site.name,
    updated: results[0]?.createdAt ?? new Date(0),
    feedLinks: { rss: `${origin}/results/feed.xml`, atom: `${origin}/results/atom.xml` },
  });
  for (const r of results) {
    feed.addItem({
      title: `${r.title} (${r.verdict ? VERDICT_TEXT[r.verdict] : "checking"})`,
      id: `${origin}/results/${r.id}`,
      link: `${origin}/results/${r.id}`,
      date: r.createdAt,
      description: `${r.experimentId}: ${r.verdict ? VERDICT_TEXT[r.verdict] : "being checked"}`,
      author: r.author ? [{ name: r.author.name, link: `${origin}/users/${r.author.handle}` }] : undefined,
    });
  }
  return feed;
}
