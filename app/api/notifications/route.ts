// GET /api/notifications?before=&limit= — the viewer's notifications, newest first (keyset pages).
import { json, route } from "@/lib/http/route.server";
import { inboxQuerySchema, listNotifications } from "@/lib/notifications/inbox.server";

export const GET = route({ auth: "viewer", query: inboxQuerySchema }, async ({ viewer, query }) => json(await listNotifications(viewer.id, query)));
