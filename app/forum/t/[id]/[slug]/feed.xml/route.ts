// RSS 2.0 feed of a thread's latest posts.
import { forumFeedRoute } from "@/lib/forum/feeds.server";

export const GET = forumFeedRoute("thread", "rss");
