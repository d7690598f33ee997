// Atom feed of the latest threads.
import { forumFeedRoute } from "@/lib/forum/feeds.server";

export const GET = forumFeedRoute("all", "atom");
