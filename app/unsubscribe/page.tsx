import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { UnsubscribeButton } from "@/components/account/unsubscribe-button";
import { unsubscribeTarget } from "@/lib/notifications/email-preferences.server";

export const metadata = { title: "Unsubscribe", robots: { index: false } };

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = (await searchParams).token;
  const member = typeof token === "string" && token.length <= 300 ? await unsubscribeTarget(token) : null;
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <PageHeader title="Unsubscribe" />
      {!member && (
        <p className="text-ink-2">
          This unsubscribe link is not valid. <Link href="/account">Change your e-mail settings</Link> instead.
        </p>
      )}
      {member?.emailNotifications === "NEVER" && <p className="text-ink-2">{member.name} already receives no notification e-mail.</p>}
      {member && member.emailNotifications !== "NEVER" && (
        <>
          <p className="mb-6 text-ink-2">Stop sending notification e-mail to {member.name}? Account messages (password resets) still arrive.</p>
          <UnsubscribeButton token={token as string} />
        </>
      )}
    </div>
  );
}
