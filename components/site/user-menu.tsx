"use client";
// The header's account corner. It asks /api/auth/session in the browser, so that every page
// can be rendered statically for everyone; its box keeps its size while loading (no shift).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import type { SessionUser } from "@/lib/auth/session-user";
import { SignOutButton } from "@/components/auth/sign-out-button";

type State = { status: "loading" } | { status: "ready"; user: SessionUser | null };

const item = "block rounded px-3 py-2 text-ink no-underline hover:bg-paper-2";

export function UserMenu() {
  const pathname = usePathname();
  const [state, setState] = useState<State>({ status: "loading" });

  useEffect(() => {
    let live = true;
    fetch("/api/auth/session", { cache: "no-store" })
      .then((r) => r.json())
      .then((s: { user?: SessionUser | null }) => live && setState({ status: "ready", user: s?.user ?? null }))
      .catch(() => live && setState({ status: "ready", user: null }));
    return () => {
      live = false;
    };
  }, [pathname]);

  if (state.status === "loading" || !state.user) {
    return (
      <Link
        href="/signin"
        aria-hidden={state.status === "loading" || undefined}
        tabIndex={state.status === "loading" ? -1 : undefined}
        className={`rounded-md px-3 py-1.5 text-sm font-medium text-ink no-underline ring-1 ring-rule hover:bg-paper-2 ${state.status === "loading" ? "invisible" : ""}`}
      >
        Sign in
      </Link>
    );
  }
  const { user } = state;
  return (
    <details className="relative">
      <summary className="max-w-40 cursor-pointer list-none truncate rounded-md px-3 py-1.5 text-sm text-ink ring-1 ring-rule hover:bg-paper-2" data-testid="user-menu">
        {user.name}
      </summary>
      <ul className="absolute right-0 z-20 mt-2 w-48 rounded-md border border-rule bg-paper p-1 text-sm shadow-lg">
        <li>
          <Link href={`/users/${user.handle}`} className={item}>
            Your profile
          </Link>
        </li>
        <li>
          <Link href="/account" className={item}>
            Account settings
          </Link>
        </li>
        {user.role === "ADMIN" && (
          <li>
            <Link href="/admin" className={item}>
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
