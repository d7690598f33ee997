import { notFound } from "next/navigation";
import { Article } from "@/components/content/article";
import { SequenceNav, SequenceProgress } from "@/components/content/sequence-nav";
import { compileAll, getPage, getPageMeta } from "@/lib/content/load.server";
import { pageMetadata } from "@/lib/content/metadata.server";
import { sequencePosition } from "@/lib/content/sequences.server";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await compileAll("learn")).map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: Props) {
  const meta = getPageMeta("learn", (await params).slug);
  return meta ? pageMetadata(meta) : {};
}

export default async function LearnPage({ params }: Props) {
  const page = await getPage("learn", (await params).slug);
  if (!page) notFound();
  const position = sequencePosition(page);
  return (
    <Article
      page={page}
      eyebrow={position ? <SequenceProgress position={position} /> : <p className="eyebrow mb-3">Learn</p>}
      after={position && <SequenceNav position={position} />}
    />
  );
}
