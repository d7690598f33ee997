import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export default function NotFound() {
  return (
    <div className="measure py-16">
      <PageHeader eyebrow="404" title="No page here">
        <p>The address may be mistyped, or the page may have moved.</p>
      </PageHeader>
      <Link href="/">Back to the home page</Link>
    </div>
  );
}
