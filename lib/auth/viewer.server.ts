import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options.server";
import type { SessionUser } from "./session-user";

export type Viewer = SessionUser;

/** The signed-in user for this request, or null. Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = (await getServerSession(authOptions)) as { user?: SessionUser | null } | null;
  return session?.user ?? null;
});

export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}

const rank: Record<Role, number> = { MEMBER: 0, MODERATOR: 1, ADMIN: 2 };

export function hasRole(viewer: Viewer | null, role: Role): boolean {
  return !!viewer && rank[viewer.role] >= rank[role];
}

/** Signed out: to the sign-in page. Signed in without the role: a 403 page. */
export async function requireRole(role: Role, returnTo: string): Promise<Viewer> {
  const viewer = await requireViewer(returnTo);
  if (!hasRole(viewer, role)) forbidden();
  return viewer;
}
