// Atom 1.0 feed of every perspective and learn page.
import { siteFeed, xmlResponse } from "@/lib/content/feeds.server";

// Per request: the feed's absolute URLs come from the running server's configuration (NEXTAUTH_URL).
export const dynamic = "force-dynamic";

export function GET() {
  return xmlResponse(siteFeed().atom1(), "atom");
}
