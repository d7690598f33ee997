// RSS 2.0 feed of one learn sequence, at /learn/<sequence>/feed.xml.
import { sequenceFeed, xmlResponse } from "@/lib/content/feeds.server";
import { getSequence } from "@/lib/content/sequences.server";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const sequence = getSequence((await params).slug);
  if (!sequence) return new Response("No such sequence.", { status: 404 });
  return xmlResponse(sequenceFeed(sequence).rss2(), "rss");
}
