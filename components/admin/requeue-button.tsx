"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

export function RequeueButton({ id }: { id: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="rounded-md px-2 py-1 text-xs ring-1 ring-rule hover:bg-paper-2"
        onClick={async () => {
          const response = await fetch(`/api/admin/outbox/${id}/requeue`, { method: "POST" });
          if (response.ok) router.refresh();
          else setError(((await response.json().catch(() => null)) as { error?: string } | null)?.error ?? `The server answered ${response.status}.`);
        }}
      >
        Queue again
      </button>
      {error && (
        <span role="alert" className="ml-2 text-xs text-danger">
          {error}
        </span>
      )}
    </>
  );
}
