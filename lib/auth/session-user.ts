import type { Role } from "@/lib/generated/prisma/enums";

/** What GET /api/auth/session reports about the signed-in user (and nothing more). */
export interface SessionUser {
  id: string;
  name: string;
  handle: string;
  role: Role;
}

/** The signed-in user as the server sees it: the display fields and the facts permissions read. */
export interface Viewer extends SessionUser {
  joinedAt: Date;
  /** Set while a moderator has silenced the member (read-only); null otherwise. */
  silencedUntil: Date | null;
}
