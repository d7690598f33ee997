import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { ConfirmSignUp } from "@/components/auth/confirm-sign-up";
import { pendingSignUpFor } from "@/lib/users/sign-up.server";

export const metadata = { title: "Confirm your account", robots: { index: false } };

export default async function ConfirmSignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = (await searchParams).token;
  const pending = typeof token === "string" && token.length <= 100 ? await pendingSignUpFor(token) : null;
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <PageHeader title="Confirm your account" />
      {pending ? (
        <>
          <p className="mb-6 text-ink-2">
            Create the account of <strong>{pending.name}</strong> for <strong>{pending.email}</strong>?
          </p>
          <ConfirmSignUp token={token as string} />
        </>
      ) : (
        <p className="text-ink-2">
          This link has expired or was already used. <Link href="/signup">Sign up again</Link> to get a new one, or{" "}
          <Link href="/signin">sign in</Link> if your account exists.
        </p>
      )}
    </div>
  );
}
