// POST /api/account/password — change your password; ends your other sessions.
import { NextResponse } from "next/server";
import { changePassword } from "@/lib/users/account.server";
import { failureResponse, readJsonBody, requireViewerForApi } from "@/lib/http/json-route.server";

export async function POST(request: Request) {
  const input = await readJsonBody(request);
  if (!input.ok) return input.response;
  const auth = await requireViewerForApi();
  if (!auth.ok) return auth.response;
  const result = await changePassword(auth.viewer.id, input.body);
  return result.ok ? NextResponse.json({ changed: true }) : failureResponse(result);
}
