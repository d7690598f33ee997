// POST /api/reading — { page: "learn/<slug>" }: records that the signed-in reader opened the page; returns the previous visit.
import { NextResponse } from "next/server";
import { recordPageRead } from "@/lib/reading/page-reads.server";
import { failureResponse, readJsonBody, requireViewerForApi } from "@/lib/http/json-route.server";

export async function POST(request: Request) {
  const input = await readJsonBody(request);
  if (!input.ok) return input.response;
  const auth = await requireViewerForApi();
  if (!auth.ok) return auth.response;
  const result = await recordPageRead(auth.viewer.id, input.body);
  return result.ok ? NextResponse.json({ previousReadAt: result.previousReadAt?.toISOString() ?? null }) : failureResponse(result);
}
