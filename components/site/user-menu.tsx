import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer.server";
import { SignOutButton } from "@/components/auth/sign-out-button";

export function UserMenu({ viewer }: { viewer: Viewer | null }) {
  if (!viewer) {
    return (
      <Link href="/signin" className="rounded-md px-3 py-1.5 text-sm font-medium text-ink no-underline ring-1 ring-rule hover:bg-paper-2">
        Sign in
      </Link>
    );
  }
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md px-3 py-1.5 text-sm text-ink ring-1 ring-rule hover:bg-paper-2" data-testid="user-menu">
        {viewer.name}
      </summary>
      <ul className="absolute right-0 z-20 mt-2 w-48 rounded-md border border-rule bg-paper p-1 text-sm shadow-lg">
        <li>
          <Link href={`/users/${viewer.handle}`} className="block rounded px-3 py-2 text-ink no-underline hover:bg-paper-2">
            Your profile
          </Link>
        </li>
        <li>
          <Link href="/account" className="block rounded px-3 py-2 text-ink no-underline hover:bg-paper-2">
            Account settings
          </Link>
        </li>
        {viewer.role === "ADMIN" && (
          <li>
            <Link href="/admin" className="block rounded px-3 py-2 text-ink no-underline hover:bg-paper-2">
              Administration
            </Link>
          </li>
        )}
        <li>
          <SignOutButton />
        </li>
      </ul>
    </details>
  );
}
