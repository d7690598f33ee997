import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/content/site-url.server";

export const dynamic = "force-dynamic";

// Reading is for everyone; account, admin and API routes are not pages to index.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/account", "/admin", "/signin", "/signup"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
