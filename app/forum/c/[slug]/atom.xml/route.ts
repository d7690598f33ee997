// Atom feed of a category's latest threads.
import { forumFeedRoute } from "@/lib/forum/feeds.server";

export const GET = forumFeedRoute("category", "atom");
