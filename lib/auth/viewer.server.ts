import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { can, type ViewerAction } from "@/lib/policy";
import { viewerFromCookieHeader } from "./session-cookie.server";
import type { Viewer } from "./session-user";

export type { Viewer };

/** The signed-in user for this request (pages and server components), or null. Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => viewerFromCookieHeader((await headers()).get("cookie")));

export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}

/** For pages: signed out → the sign-in page; signed in without the permission → a 403 page. */
export async function requirePermission(action: ViewerAction, returnTo: string): Promise<Viewer> {
  const viewer = await requireViewer(returnTo);
  if (!can(viewer, action)) forbidden();
  return viewer;
}
