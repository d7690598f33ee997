// PUT /api/watches — { subject: { type, id }, level: "WATCHING" | "TRACKING" | "NORMAL" | "MUTED" }: the viewer's level on a subject.
import { json, route } from "@/lib/http/route.server";
import { authorize } from "@/lib/policy";
import { rateRules } from "@/lib/rate-limit/rules";
import { changeWatch, watchChangeSchema } from "@/lib/notifications/watches.server";

export const PUT = route({ auth: "viewer", body: watchChangeSchema, rateLimits: [{ rule: rateRules.notificationWritesPerMember, per: "viewer" }] }, async ({ viewer, body }) => {
  const refused = authorize(viewer, "watch.set");
  if (refused) return refused;
  await changeWatch(viewer.id, body);
  return json({ subject: body.subject, level: body.level });
});
