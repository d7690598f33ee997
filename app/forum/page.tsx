import { SectionNotOpen } from "@/components/site/section-not-open";
import { staticDocument } from "@/lib/build/static-document";

export const metadata = { title: "Forum", ...staticDocument };

export default function ForumPage() {
  return <SectionNotOpen title="Forum" purpose="Discussion of perspectives, teaching pages, open problems and results." empty="The forum has not opened yet." />;
}
