// POST /api/notifications/read — { ids: [...] } or { all: true }: marks the viewer's notifications read; answers { unread }.
import { json, route } from "@/lib/http/route.server";
import { rateRules } from "@/lib/rate-limit/rules";
import { markRead, markReadSchema } from "@/lib/notifications/inbox.server";

export const POST = route({ auth: "viewer", body: markReadSchema, rateLimits: [{ rule: rateRules.notificationWritesPerMember, per: "viewer" }] }, async ({ viewer, body }) =>
  json({ unread: await markRead(viewer.id, body) }),
);
