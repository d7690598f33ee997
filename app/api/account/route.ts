// PATCH /api/account — update your profile; DELETE /api/account — delete your account ({ confirm: handle }).
import { z } from "@/lib/zod";
import { json, noContent, route } from "@/lib/http/route.server";
import { deleteAccount } from "@/lib/users/account.server";
import { updateProfile } from "@/lib/users/profile.server";
import { profileSchema } from "@/lib/validation/user";

export const PATCH = route({ auth: "viewer", body: profileSchema }, async ({ viewer, body }) => {
  const result = await updateProfile(viewer.id, body);
  return result.ok ? json({ profile: result.profile }) : result;
});

const confirmation = z.object({ confirm: z.string({ error: "Type your handle to confirm." }).max(100) });

export const DELETE = route({ auth: "viewer", body: confirmation }, async ({ viewer, body }) => {
  const result = await deleteAccount(viewer.id, body.confirm);
  return result.ok ? noContent() : result;
});
