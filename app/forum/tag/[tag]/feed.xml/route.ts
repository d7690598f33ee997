// RSS 2.0 feed of a tag's latest threads.
import { forumFeedRoute } from "@/lib/forum/feeds.server";

export const GET = forumFeedRoute("tag", "rss");
