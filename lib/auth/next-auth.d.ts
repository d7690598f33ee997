import "next-auth";
import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    tv?: number;
    sid?: string;
    handle?: string;
    role?: import("@/lib/generated/prisma/enums").Role;
  }
}
