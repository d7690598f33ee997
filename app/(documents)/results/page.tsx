import { SectionNotOpen } from "@/components/site/section-not-open";

export const metadata = { title: "Results" };

export default function ResultsPage() {
  return <SectionNotOpen title="Results" purpose="Toy experiments submitted by members, each with its claims re-run by the server and a verdict with the evidence." empty="No toy results have been submitted yet." />;
}
