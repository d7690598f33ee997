import { notFound } from "next/navigation";
import { Article } from "@/components/content/article";
import { compileAll, getPage, getPageMeta } from "@/lib/content/load.server";
import { pageMetadata } from "@/lib/content/metadata.server";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await compileAll("perspectives")).map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: Props) {
  const meta = getPageMeta("perspectives", (await params).slug);
  return meta ? pageMetadata(meta) : {};
}

export default async function PerspectivePage({ params }: Props) {
  const page = await getPage("perspectives", (await params).slug);
  if (!page) notFound();
  return <Article page={page} eyebrow={<p className="eyebrow mb-3">Perspective</p>} />;
}
