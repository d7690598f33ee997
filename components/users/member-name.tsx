import Link from "next/link";
import type { Role } from "@/lib/generated/prisma/enums";

const staffLabel: Partial<Record<Role, string>> = { ADMIN: "Admin", MODERATOR: "Moderator" };

/**
 * A member's name as shown everywhere on the site. Staff carry a role badge wherever their name
 * appears, so a member who picks a staff-like name still does not look like staff.
 */
export function MemberName({ name, role, handle }: { name: string; role: Role; handle?: string }) {
  const label = staffLabel[role];
  return (
    <span className="inline-flex items-baseline gap-1.5">
      {handle ? <Link href={`/users/${handle}`}>{name}</Link> : <span>{name}</span>}
      {label && (
        <span className="rounded-sm bg-accent px-1 text-[0.7em] font-semibold uppercase tracking-wide text-accent-ink" title={`Site ${label.toLowerCase()}`}>
          {label}
        </span>
      )}
    </span>
  );
}
