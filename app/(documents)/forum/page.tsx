import { SectionNotOpen } from "@/components/site/section-not-open";

export const metadata = { title: "Forum" };

export default function ForumPage() {
  return <SectionNotOpen title="Forum" purpose="Discussion of perspectives, teaching pages, open problems and results." empty="The forum has not opened yet." />;
}
