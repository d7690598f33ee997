// DELETE /api/account/sessions — sign out everywhere (every session of this account stops working).
import { NextResponse } from "next/server";
import { signOutEverywhere } from "@/lib/users/account.server";
import { readJsonBody, requireViewerForApi } from "@/lib/http/json-route.server";

export async function DELETE(request: Request) {
  const input = await readJsonBody(request);
  if (!input.ok) return input.response;
  const auth = await requireViewerForApi();
  if (!auth.ok) return auth.response;
  await signOutEverywhere(auth.viewer.id);
  return new NextResponse(null, { status: 204 });
}
