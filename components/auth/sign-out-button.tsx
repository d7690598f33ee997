"use client";
import { signOutAndGo } from "@/lib/auth/sign-out";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOutAndGo("/")} className="block w-full rounded px-3 py-2 text-left text-ink hover:bg-paper-2">
      Sign out
    </button>
  );
}
