import { SectionNotOpen } from "@/components/site/section-not-open";

export const metadata = { title: "Open problems" };

export default function ProblemsPage() {
  return <SectionNotOpen title="Open problems" purpose="The questions the field is working on, with their status and the results that bear on them." empty="The list of open problems has not been opened yet." />;
}
