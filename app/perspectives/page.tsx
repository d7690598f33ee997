import { SectionNotOpen } from "@/components/site/section-not-open";

export const metadata = { title: "Perspectives" };

export default function PerspectivesPage() {
  return <SectionNotOpen title="Perspectives" purpose="Long-form essays by researchers on where the theory of deep learning stands and where it is going." empty="No perspectives are published yet." />;
}
