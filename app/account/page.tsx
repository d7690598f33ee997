import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { ProfileForm } from "@/components/account/profile-form";
import { PasswordForm } from "@/components/account/password-form";
import { DeleteAccount, SignOutEverywhere } from "@/components/account/danger-zone";
import { LinkedIdentities } from "@/components/account/linked-identities";
import { EmailPreferenceForm } from "@/components/account/email-preference-form";
import { WatchDefaultsForm } from "@/components/account/watch-defaults-form";
import { oauthProviders } from "@/lib/auth/options.server";
import { requireViewer } from "@/lib/auth/viewer.server";
import { getAccountSettings } from "@/lib/users/profile.server";
import { ApiTokens } from "@/components/account/api-tokens";
import { listApiTokens } from "@/lib/auth/api-tokens.server";

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

const linkMessages: Record<string, string> = {
  linked: "linked to your account.",
  "already-linked": "was already linked to your account.",
  taken: "belongs to another account here, so it was not linked. Sign in with it to use that account.",
  "no-account": "could not be linked: the account no longer exists.",
};

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { link, provider } = await searchParams;
  const viewer = await requireViewer("/account");
  const account = await getAccountSettings(viewer.id);
  if (!account) notFound();
  const providers = account.accounts.map((a) => a.provider);
  const offered = oauthProviders();
  const tokens = (await listApiTokens(viewer.id)).map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), lastUsedAt: t.lastUsedAt?.toISOString() ?? null, revokedAt: t.revokedAt?.toISOString() ?? null }));
  const linkNote = typeof link === "string" && linkMessages[link] ? `${offered.find((p) => p.id === provider)?.name ?? "The identity"} ${linkMessages[link]}` : null;
  return (
    <div className="mx-auto max-w-xl px-4 py-12">
      <PageHeader title="Account settings">
        <p>
          Signed in as {account.email ?? account.name}
          {providers.length > 0 && ` (linked: ${providers.join(", ")})`}.
        </p>
      </PageHeader>
      <Section title="Profile">
        <ProfileForm profile={{ name: account.name, affiliation: account.affiliation, bio: account.bio }} />
      </Section>
      {(offered.length > 0 || account.orcid) && (
        <Section title="Sign-in providers">
          {linkNote && (
            <p role="status" className="mb-3 text-sm text-ink">
              {linkNote}
            </p>
          )}
          <LinkedIdentities orcid={account.orcid} providers={offered.map((p) => ({ ...p, linked: providers.includes(p.id) }))} />
        </Section>
      )}
      {account.email && (
        <Section title="Password">
          <PasswordForm email={account.email} hasPassword={!!account.passwordHash} />
        </Section>
      )}
      {account.email && (
        <Section title="E-mail">
          <EmailPreferenceForm current={account.emailNotifications} verified={!!account.emailVerifiedAt} />
        </Section>
      )}
      <Section title="API tokens">
        <ApiTokens tokens={tokens} />
      </Section>
      <Section title="Following">
        <WatchDefaultsForm onCreate={account.watchOnCreate} onReply={account.watchOnReply} />
      </Section>
      <Section title="Sessions">
        <SignOutEverywhere />
      </Section>
      <Section title="Delete account">
        <DeleteAccount handle={account.handle} />
      </Section>
    </div>
  );
}
