// Atom of the tracker's status changes and new questions (per request: it reads the database).
import { xmlResponse } from "@/lib/content/feeds.server";
import { problemsFeed } from "@/lib/problems/feed.server";

export const dynamic = "force-dynamic";

export async function GET() {
  return xmlResponse((await problemsFeed()).atom1(), "atom");
}
