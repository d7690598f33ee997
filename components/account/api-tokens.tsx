"use client";
// Personal API tokens: create one (its secret is shown once, here), see when each was last used,
// revoke any.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function ApiTokens({ tokens }: { tokens: TokenRow[] }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [fresh, setFresh] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function create(event: React.FormEvent) {
    event.preventDefault();
    setMessage(null);
    const response = await fetch("/api/account/tokens", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name }) });
    const data = await response.json().catch(() => null);
    if (response.status !== 201) {
      setMessage(Object.values(data?.fieldErrors ?? {}).flat().join(" ") || data?.error || `The server answered ${response.status}.`);
      return;
    }
    setFresh(data.token);
    setName("");
    router.refresh();
  }

  async function revoke(id: string) {
    await fetch(`/api/account/tokens/${id}`, { method: "DELETE" });
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-4 text-sm">
      <p className="text-ink-2">
        Tokens let scripts submit results through the <a href="/api/openapi.json">API</a> as you: send <code>Authorization: Bearer &lt;token&gt;</code>.
      </p>
      {fresh && (
        <div role="status" className="rounded-md border border-rule p-3">
          <p className="mb-1 font-medium">Your new token (shown only now; copy it):</p>
          <code className="break-all" data-testid="new-token">
            {fresh}
          </code>
        </div>
      )}
      <form onSubmit={create} className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={60} required className="rounded-md border border-rule bg-paper px-2 py-1" />
        </label>
        <Button type="submit">Create a token</Button>
      </form>
      {message && (
        <p role="alert" className="text-danger">
          {message}
        </p>
      )}
      {tokens.length > 0 && (
        <ul className="flex flex-col gap-2" data-testid="token-list">
          {tokens.map((t) => (
            <li key={t.id} className="flex flex-wrap items-center gap-3">
              <span className="font-medium">{t.name}</span>
              <code className="text-ink-3">{t.prefix}…</code>
              <span className="text-ink-3">
                {t.revokedAt ? `revoked ${t.revokedAt.slice(0, 10)}` : t.lastUsedAt ? `last used ${t.lastUsedAt.slice(0, 10)}` : "never used"}
              </span>
              {!t.revokedAt && (
                <Button type="button" variant="secondary" onClick={() => revoke(t.id)} aria-label={`Revoke ${t.name}`}>
                  Revoke
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
