// RSS 2.0 of the newest results.
import { xmlResponse } from "@/lib/content/feeds.server";
import { resultsFeed } from "@/lib/results/feed.server";

export const dynamic = "force-dynamic";

export async function GET() {
  return xmlResponse((await resultsFeed()).rss2(), "rss");
}
