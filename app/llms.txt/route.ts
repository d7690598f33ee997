// /llms.txt: the site's published pages as one Markdown index (llmstxt.org).
import { llmsTxt } from "@/lib/content/llms.server";

export const dynamic = "force-dynamic";

export function GET() {
  return new Response(llmsTxt(), { headers: { "content-type": "text/markdown; charset=utf-8", "cache-control": "public, max-age=3600" } });
}
