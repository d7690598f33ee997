import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

/** The honest page for a section whose feature has not shipped yet. */
export function SectionNotOpen({ title, purpose, empty }: { title: string; purpose: string; empty: string }) {
  return (
    <div className="measure py-12">
      <PageHeader title={title}>
        <p>{purpose}</p>
      </PageHeader>
      <EmptyState>{empty}</EmptyState>
    </div>
  );
}
