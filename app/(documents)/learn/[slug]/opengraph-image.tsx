import { notFound } from "next/navigation";
import { socialImage, socialImageSize } from "@/components/content/social-image";
import { getPageMeta, listPages } from "@/lib/content/load.server";
import { sequences } from "@/lib/content/sequences";
import { socialByline } from "@/lib/content/social.server";

export const size = socialImageSize;
export const contentType = "image/png";
export const alt = "The page's title card";

export function generateStaticParams() {
  return listPages("learn").map((p) => ({ slug: p.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const page = getPageMeta("learn", (await params).slug);
  if (!page) notFound();
  return socialImage({ eyebrow: page.sequence ? sequences[page.sequence].title : "Learn", title: page.title, byline: socialByline(page) });
}
