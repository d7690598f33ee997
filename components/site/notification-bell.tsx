/**
 * The header's bell (behaviour: components/islands/notification-bell.ts): empty until the browser
 * learns a member is signed in. Its content belongs to the island, so React gets it as opaque HTML.
 */
export function NotificationBell() {
  return <lmh-notification-bell className="block" dangerouslySetInnerHTML={{ __html: "" }} />;
}
