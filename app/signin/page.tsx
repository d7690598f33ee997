import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { SignInForm } from "@/components/auth/sign-in-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { oauthProviders } from "@/lib/auth/options.server";
import { getViewer } from "@/lib/auth/viewer.server";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { siteOrigin } from "@/lib/env.server";
import { signInErrorMessage } from "@/lib/auth/sign-in-codes";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl, siteOrigin());
  if (await getViewer()) redirect(callbackUrl);
  const error = typeof params.error === "string" ? signInErrorMessage(params.error) : null;
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <PageHeader title="Sign in" />
      <OAuthButtons providers={oauthProviders()} callbackUrl={callbackUrl} />
      <SignInForm callbackUrl={callbackUrl} initialError={error} />
      <p className="mt-6 text-sm text-ink-2">
        <Link href="/reset-password">Forgot your password?</Link>
      </p>
      <p className="mt-2 text-sm text-ink-2">
        New here? <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Create an account</Link>.
      </p>
    </div>
  );
}
