import type { Role } from "@/lib/generated/prisma/enums";

/** What GET /api/auth/session reports about the signed-in user (and nothing more). */
export interface SessionUser {
  id: string;
  name: string;
  handle: string;
  role: Role;
}
