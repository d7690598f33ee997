import { PageList } from "@/components/content/page-list";
import { PageHeader } from "@/components/ui/page-header";
import { listPages } from "@/lib/content/load.server";
import { indexMetadata } from "@/lib/content/metadata.server";

const description = "Long-form essays on where the theory of deep learning stands and where it is going.";

export function generateMetadata() {
  return indexMetadata({ title: "Perspectives", description, path: "/perspectives" });
}

export default function PerspectivesPage() {
  return (
    <div className="measure py-12">
      <PageHeader title="Perspectives">
        <p>{description}</p>
      </PageHeader>
      <PageList pages={listPages("perspectives")} heading="h2" />
    </div>
  );
}
