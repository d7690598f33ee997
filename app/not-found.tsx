import Link from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/ui/page-header";

export default async function NotFound() {
  // Rendered per request rather than prerendered: a page served from the build has no nonce for
  // its framework scripts, which the Content-Security-Policy would then refuse.
  await connection();
  return (
    <div className="measure py-16">
      <PageHeader eyebrow="404" title="No page here">
        <p>The address may be mistyped, or the page may have moved.</p>
      </PageHeader>
      <Link href="/">Back to the home page</Link>
    </div>
  );
}
