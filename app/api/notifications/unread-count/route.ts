// GET /api/notifications/unread-count — { unread }: what the header's bell polls.
import { json, route } from "@/lib/http/route.server";
import { unreadCount } from "@/lib/notifications/inbox.server";

export const GET = route({ auth: "viewer" }, async ({ viewer }) => {
  const response = json({ unread: await unreadCount(viewer.id) });
  response.headers.set("cache-control", "private, no-store");
  return response;
});
