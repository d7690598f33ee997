// PATCH /api/account/watch-defaults — { watchOnCreate, watchOnReply }: "WATCHING" | "TRACKING" | "NORMAL", set on threads the viewer starts / replies to.
import { json, route } from "@/lib/http/route.server";
import { setWatchDefaults, watchDefaultsSchema } from "@/lib/notifications/watches.server";

export const PATCH = route({ auth: "viewer", body: watchDefaultsSchema }, async ({ viewer, body }) => {
  await setWatchDefaults(viewer.id, body);
  return json(body);
});
