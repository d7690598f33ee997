import { SectionNotOpen } from "@/components/site/section-not-open";

export const metadata = { title: "Learn" };

export default function LearnPage() {
  return <SectionNotOpen title="Learn" purpose="Teaching pages, in order, whose demos train small networks in your browser and check them against theory." empty="No teaching pages are published yet." />;
}
