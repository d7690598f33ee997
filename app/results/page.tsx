import { SectionNotOpen } from "@/components/site/section-not-open";
import { staticDocument } from "@/lib/build/static-document";

export const metadata = { title: "Results", ...staticDocument };

export default function ResultsPage() {
  return <SectionNotOpen title="Results" purpose="Toy experiments submitted by members, each with its claims re-run by the server and a verdict with the evidence." empty="No toy results have been submitted yet." />;
}
