"use client";
import { signIn } from "next-auth/react";

/** One button per configured provider (GitHub, ORCID); nothing when none is configured. */
export function OAuthButtons({ providers, callbackUrl }: { providers: { id: string; name: string }[]; callbackUrl: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="mb-6 flex flex-col gap-2 border-b border-rule pb-6">
      {providers.map((p) => (
        <button
          key={p.id}
          type="button"
          onClick={() => signIn(p.id, { callbackUrl })}
          className="rounded-md px-4 py-2 text-sm font-medium text-ink ring-1 ring-rule hover:bg-paper-2"
        >
          Continue with {p.name}
        </button>
      ))}
    </div>
  );
}
