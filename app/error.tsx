"use client";
import { PageHeader } from "@/components/ui/page-header";

// Unexpected failures: a calm message; the detail is in the server log under this digest.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="measure py-16">
      <PageHeader eyebrow="Error" title="Something went wrong on our side">
        <p>Nothing you entered was lost. Try again; if it keeps happening, tell us the reference below.</p>
      </PageHeader>
      {error.digest && <p className="mb-4 font-mono text-sm text-ink-3">Reference: {error.digest}</p>}
      <button type="button" onClick={reset} className="rounded-md px-4 py-2 text-sm ring-1 ring-rule">
        Try again
      </button>
    </div>
  );
}
