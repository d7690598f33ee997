import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { oauthProviders } from "@/lib/auth/options.server";
import { getViewer } from "@/lib/auth/viewer.server";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { siteOrigin } from "@/lib/env.server";

export const metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl, siteOrigin());
  if (await getViewer()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <PageHeader title="Create an account">
        <p>Members discuss, follow open problems and submit toy results.</p>
      </PageHeader>
      <OAuthButtons providers={oauthProviders()} callbackUrl={callbackUrl} />
      <SignUpForm />
      <p className="mt-6 text-sm text-ink-2">
        Already a member? <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign in</Link>.
      </p>
    </div>
  );
}
