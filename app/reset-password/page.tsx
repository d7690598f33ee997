import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { ChooseNewPassword, RequestPasswordReset } from "@/components/auth/password-reset-forms";
import { resetTokenIsUsable } from "@/lib/users/password-reset.server";

export const metadata = { title: "Reset your password", robots: { index: false } };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = (await searchParams).token;
  const usable = typeof token === "string" && token.length <= 100 && (await resetTokenIsUsable(token));
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <PageHeader title={token ? "Choose a new password" : "Reset your password"}>
        {!token && <p>We send a link to choose a new password to your address.</p>}
      </PageHeader>
      {!token && <RequestPasswordReset />}
      {token && usable && <ChooseNewPassword token={token as string} />}
      {token && !usable && (
        <p className="text-ink-2">
          This link has expired or was already used. <Link href="/reset-password">Ask for a new one</Link>.
        </p>
      )}
    </div>
  );
}
