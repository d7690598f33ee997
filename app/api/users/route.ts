// POST /api/users — sign up with name, e-mail and password. 201 with the new user's handle, or 400 with field errors.
import { NextResponse } from "next/server";
import { createPasswordUser } from "@/lib/users/create-user.server";
import { failureResponse, readJsonBody } from "@/lib/http/json-route.server";

export async function POST(request: Request) {
  const input = await readJsonBody(request);
  if (!input.ok) return input.response;
  const result = await createPasswordUser(input.body);
  if (!result.ok) return failureResponse(result);
  return NextResponse.json({ user: { handle: result.user.handle } }, { status: 201 });
}
