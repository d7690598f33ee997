// PATCH /api/account/notifications — { emailNotifications: "NEVER" | "IMMEDIATE" | "DAILY" }.
import { json, route } from "@/lib/http/route.server";
import { emailPreferenceSchema, setEmailPreference } from "@/lib/notifications/email-preferences.server";

export const PATCH = route({ auth: "viewer", body: emailPreferenceSchema }, async ({ viewer, body }) => {
  await setEmailPreference(viewer.id, body);
  return json(body);
});
