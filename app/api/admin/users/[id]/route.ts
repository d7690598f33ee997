// PATCH /api/admin/users/:id — set a user's role ({ role: "MEMBER" | "MODERATOR" | "ADMIN" }); administrators only.
import { NextResponse } from "next/server";
import { setRole } from "@/lib/admin/users.server";
import { failureResponse, readJsonBody, requireViewerForApi } from "@/lib/http/json-route.server";

export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const input = await readJsonBody(request);
  if (!input.ok) return input.response;
  const auth = await requireViewerForApi();
  if (!auth.ok) return auth.response;
  const result = await setRole(auth.viewer, (await params).id, input.body);
  return result.ok ? NextResponse.json({ role: result.role }) : failureResponse(result);
}
