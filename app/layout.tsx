import type { Metadata, Viewport } from "next";
import { islandsManifest } from "@/lib/build/islands-url.server";
import { feedAlternates } from "@/lib/content/feed-links";
import { siteOrigin } from "@/lib/env.server";
import { site } from "@/lib/site";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { ThemeScript } from "@/components/site/theme-script";
import { IslandsLoader } from "@/components/site/islands-loader";
import { mono, sans, serif } from "./fonts";
import "./globals.css";

// Every page advertises the site's feeds; pages that set their own `alternates` repeat them
// (lib/content/metadata.server.ts). Read per render: the origin is a setting (NEXTAUTH_URL).
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: site.name, template: `%s · ${site.name}` },
    description: site.description,
    alternates: { types: feedAlternates() },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#121417" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${serif.variable} ${sans.variable} ${mono.variable}`} suppressHydrationWarning>
      <head>
        <ThemeScript />
        {/* Custom elements for every page (components/islands), as a deferred module script. */}
        <IslandsLoader src={islandsManifest().site} />
      </head>
      <body>
        <SiteHeader />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
