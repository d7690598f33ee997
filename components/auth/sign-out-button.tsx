"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/" })} className="block w-full rounded px-3 py-2 text-left text-ink hover:bg-paper-2">
      Sign out
    </button>
  );
}
