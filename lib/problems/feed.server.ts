import "server-only";
// RSS and Atom of the tracker: accepted status changes and newly approved questions.
import { Feed } from "feed";
import { absoluteUrl } from "@/lib/content/site-url.server";
import { site } from "@/lib/site";
import { recentChanges } from "./read.server";
import { statusLabels } from "./status";

export async function problemsFeed(): Promise<Feed> {
  const entries = await recentChanges(50);
  const feed = new Feed({
    title: `Open problems · ${site.name}`,
    description: "Status changes and new questions of the open-problems tracker.",
    id: absoluteUrl("/problems"),
    link: absoluteUrl("/problems"),
    language: "en",
    copyright: site.name,
    updated: entries[0]?.at ?? new Date(0),
    generator: site.name,
    feedLinks: { rss: absoluteUrl("/problems/feed.xml"), atom: absoluteUrl("/problems/atom.xml") },
  });
  for (const e of entries) {
    const link = absoluteUrl(e.kind === "status" ? `/problems/${e.problem.id}#change-${e.id}` : `/problems/${e.problem.id}`);
    feed.addItem({
      title: e.kind === "status" ? `${e.problem.title}: ${statusLabels[e.from]} → ${statusLabels[e.to]}` : `New question: ${e.problem.title}`,
      id: link,
      link,
      description: e.kind === "status" ? e.reason : "A member's question, approved by the moderators.",
      date: e.at,
    });
  }
  return feed;
}
