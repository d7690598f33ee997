"use client";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

interface Provider {
  id: string;
  name: string;
  linked: boolean;
}

/** Sign-in providers of this account, and a way to link the others (through the provider itself). */
export function LinkedIdentities({ providers, orcid }: { providers: Provider[]; orcid: string | null }) {
  const [error, setError] = useState<string | null>(null);
  async function link(provider: string) {
    setError(null);
    const response = await fetch("/api/account/links", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ provider }) });
    if (!response.ok) {
      setError(((await response.json().catch(() => null)) as { error?: string } | null)?.error ?? `The server answered ${response.status}.`);
      return;
    }
    await signIn(provider, { callbackUrl: "/account" });
  }
  return (
    <div className="flex flex-col gap-3 text-sm">
      {orcid && (
        <p>
          ORCID iD <a href={`https://orcid.org/${orcid}`}>{orcid}</a>, verified by signing in through ORCID.
        </p>
      )}
      <ul className="flex flex-col gap-2">
        {providers.map((p) => (
          <li key={p.id} className="flex items-center justify-between gap-4">
            <span>{p.name}</span>
            {p.linked ? (
              <span className="text-ink-3">linked</span>
            ) : (
              <Button type="button" variant="secondary" onClick={() => link(p.id)}>
                Link {p.name}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
