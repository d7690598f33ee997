import { SectionNotOpen } from "@/components/site/section-not-open";
import { staticDocument } from "@/lib/build/static-document";

export const metadata = { title: "Open problems", ...staticDocument };

export default function ProblemsPage() {
  return <SectionNotOpen title="Open problems" purpose="The questions the field is working on, with their status and the results that bear on them." empty="The list of open problems has not been opened yet." />;
}
