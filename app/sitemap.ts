import type { MetadataRoute } from "next";
import { getAuthors } from "@/lib/content/authors.server";
import { listPages } from "@/lib/content/load.server";
import { listProblems } from "@/lib/content/problems.server";
import { absoluteUrl } from "@/lib/content/site-url.server";
import { sections } from "@/lib/site";

// Per request, so URLs use the running server's configured origin.
export const dynamic = "force-dynamic";

export default function sitemap(): MetadataRoute.Sitemap {
  const pages = listPages();
  return [
    { url: absoluteUrl("/") },
    { url: absoluteUrl("/about") },
    ...sections.map((s) => ({ url: absoluteUrl(s.href) })),
    ...pages.map((p) => ({ url: absoluteUrl(p.href), lastModified: p.updated ?? p.date })),
    // The seeded problems; questions approved from members' proposals are reached from /problems.
    ...listProblems().map((p) => ({ url: absoluteUrl(p.href), lastModified: p.updated ?? p.date })),
    ...[...getAuthors().keys()].map((id) => ({ url: absoluteUrl(`/authors/${id}`) })),
  ];
}
