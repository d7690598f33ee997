// PATCH /api/account — update your profile; DELETE /api/account — delete your account ({ confirm: handle }).
import { NextResponse } from "next/server";
import { deleteAccount } from "@/lib/users/account.server";
import { updateProfile } from "@/lib/users/profile.server";
import { failureResponse, readJsonBody, requireViewerForApi } from "@/lib/http/json-route.server";

export async function PATCH(request: Request) {
  const input = await readJsonBody(request);
  if (!input.ok) return input.response;
  const auth = await requireViewerForApi();
  if (!auth.ok) return auth.response;
  const result = await updateProfile(auth.viewer.id, input.body);
  return result.ok ? NextResponse.json({ profile: result.profile }) : failureResponse(result);
}

export async function DELETE(request: Request) {
  const input = await readJsonBody(request);
  if (!input.ok) return input.response;
  const auth = await requireViewerForApi();
  if (!auth.ok) return auth.response;
  const confirm = (input.body as { confirm?: unknown } | null)?.confirm;
  const result = await deleteAccount(auth.viewer.id, confirm);
  return result.ok ? new NextResponse(null, { status: 204 }) : failureResponse(result);
}
