import { PageHeader } from "@/components/ui/page-header";
import { ProposalForm } from "@/components/problems/proposal-form";
import { requirePermission } from "@/lib/auth/viewer.server";
import { listDirections } from "@/lib/content/problems.server";

export const metadata = { title: "Propose an open question", robots: { index: false } };

export default async function ProposeProblemPage() {
  await requirePermission("problem.propose", "/problems/propose");
  const directions = listDirections().map(({ direction: { id, title } }) => ({ id, title }));
  return (
    <div className="measure py-12">
      <PageHeader eyebrow="Open problems" title="Propose an open question">
        <p>A precise question under one of the directions, with what would count as resolving it. A moderator reviews it; a question that duplicates one on the list is merged into it, and you are credited there.</p>
      </PageHeader>
      <ProposalForm directions={directions} />
    </div>
  );
}
