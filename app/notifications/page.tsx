import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { NotificationList } from "@/components/notifications/notification-list";
import { requireViewer } from "@/lib/auth/viewer.server";
import { inboxQuerySchema, listNotifications } from "@/lib/notifications/inbox.server";

export const metadata = { title: "Notifications", robots: { index: false } };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("/notifications");
  const parsed = inboxQuerySchema.safeParse({ before: (await searchParams).before });
  const query = parsed.success ? parsed.data : inboxQuerySchema.parse({});
  const { items, nextBefore } = await listNotifications(viewer.id, query);
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <PageHeader eyebrow="Your account" title="Notifications">
        <p>
          Replies, mentions and news from what you watch, newest first. How often you hear by e-mail is set on your <Link href="/account">account page</Link>.
        </p>
      </PageHeader>
      <NotificationList key={query.before ?? "first"} initial={items} />
      <nav aria-label="Pages" className="mt-6 flex gap-4 text-sm">
        {query.before && <Link href="/notifications">Newest</Link>}
        {nextBefore && <Link href={`/notifications?before=${encodeURIComponent(nextBefore)}`}>Older</Link>}
      </nav>
    </div>
  );
}
