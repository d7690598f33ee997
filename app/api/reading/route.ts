// POST /api/reading — { page: "learn/<slug>" }: records that the signed-in reader opened the page and returns the
// previous visit; 204 for a signed-out reader (nothing to record, and no error in every reader's console).
import { NextResponse } from "next/server";
import { recordPageRead } from "@/lib/reading/page-reads.server";
import { failureResponse, readJsonBody } from "@/lib/http/json-route.server";
import { getViewer } from "@/lib/auth/viewer.server";

export async function POST(request: Request) {
  const input = await readJsonBody(request);
  if (!input.ok) return input.response;
  const viewer = await getViewer();
  if (!viewer) return new NextResponse(null, { status: 204 });
  const result = await recordPageRead(viewer.id, input.body);
  return result.ok ? NextResponse.json({ previousReadAt: result.previousReadAt?.toISOString() ?? null }) : failureResponse(result);
}
