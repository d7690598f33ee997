// GET /api/notifications/unread-count — { unread }: what the header's bell polls. Signed out:
// { unread: null } with 200 rather than 401, since every page asks and browsers log a 401 as an error.
import { json, route } from "@/lib/http/route.server";
import { unreadCount } from "@/lib/notifications/inbox.server";

export const GET = route({ auth: "public" }, async ({ viewer }) => {
  const response = json({ unread: viewer ? await unreadCount(viewer.id) : null });
  response.headers.set("cache-control", "private, no-store");
  return response;
});
