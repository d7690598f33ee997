// DELETE /api/account/sessions — sign out everywhere (every session of this account stops working).
import { noContent, route } from "@/lib/http/route.server";
import { signOutEverywhere } from "@/lib/users/account.server";

export const DELETE = route({ auth: "viewer" }, async ({ viewer }) => {
  await signOutEverywhere(viewer.id);
  return noContent();
});
