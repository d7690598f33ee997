import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export default function Forbidden() {
  return (
    <div className="measure py-16">
      <PageHeader eyebrow="403" title="Not open to your account">
        <p>This page needs a role your account does not have. If you think it should, ask an administrator.</p>
      </PageHeader>
      <Link href="/">Back to the home page</Link>
    </div>
  );
}
