import { PageHeader } from "@/components/ui/page-header";
import { site } from "@/lib/site";

export const metadata = { title: "About" };

export default function AboutPage() {
  return (
    <div className="measure py-12">
      <PageHeader eyebrow="About" title={site.name} />
      <div className="prose-lmh">
        <p>
          Learning mechanics is a name some deep-learning theorists gave in 2026 to a physics-like science of training:
          the study of how neural networks learn through solvable models, limits, simple empirical laws, disentangled
          hyperparameters and universal behaviour. This site gives that field a home.
        </p>
        <p>
          It is edited by the site&apos;s editors and built in the open. Members can sign in with an e-mail address, with
          GitHub or with ORCID, keep a profile, and — as the site grows — discuss, follow open problems, and submit toy
          results for the server to re-run.
        </p>
      </div>
    </div>
  );
}
