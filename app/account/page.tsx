import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { ProfileForm } from "@/components/account/profile-form";
import { PasswordForm } from "@/components/account/password-form";
import { DeleteAccount, SignOutEverywhere } from "@/components/account/danger-zone";
import { requireViewer } from "@/lib/auth/viewer.server";
import { getAccountSettings } from "@/lib/users/profile.server";

export const metadata = { title: "Account settings" };

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="border-t border-rule py-8" aria-labelledby={`${title}-h`.replace(/\W+/g, "-")}>
      <h2 id={`${title}-h`.replace(/\W+/g, "-")} className="mb-4 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function AccountPage() {
  const viewer = await requireViewer("/account");
  const account = await getAccountSettings(viewer.id);
  if (!account) notFound();
  const providers = account.accounts.map((a) => a.provider);
  return (
    <div className="mx-auto max-w-xl px-4 py-12">
      <PageHeader title="Account settings">
        <p>
          Signed in as {account.email ?? account.name}
          {providers.length > 0 && ` (linked: ${providers.join(", ")})`}.
        </p>
      </PageHeader>
      <Section title="Profile">
        <ProfileForm profile={{ name: account.name, affiliation: account.affiliation, orcid: account.orcid, bio: account.bio }} />
      </Section>
      {account.email && (
        <Section title="Password">
          <PasswordForm email={account.email} hasPassword={!!account.passwordHash} />
        </Section>
      )}
      <Section title="Sessions">
        <SignOutEverywhere />
      </Section>
      <Section title="Delete account">
        <DeleteAccount handle={account.handle} />
      </Section>
    </div>
  );
}
