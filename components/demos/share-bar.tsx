// Copy a link to this configuration, or carry it to the result-submission form.
import { useState } from "react";

const linkClass = "inline-flex items-center justify-center rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-rule";

export function ShareBar({ shareUrl, submitUrl }: { shareUrl: string; submitUrl: string | null }) {
  const [status, setStatus] = useState("");
  const copy = () =>
    navigator.clipboard.writeText(shareUrl).then(
      () => setStatus("Link copied."),
      () => setStatus("Copying is blocked here: use the link below."),
    );
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={copy} className={`${linkClass} bg-paper text-ink hover:bg-paper-2`} data-testid="demo-copy-link">
          Copy link
        </button>
        {/* Without an href (configuration not valid yet) the link is inert but keeps its place. */}
        <a
          href={submitUrl ?? undefined}
          aria-disabled={submitUrl ? undefined : true}
          className={`${linkClass} text-accent no-underline hover:bg-paper-2 aria-disabled:opacity-50`}
          data-testid="demo-submit"
        >
          Submit this as a result
        </a>
      </div>
      <p role="status" className="min-h-4 text-xs text-ink-2">
        {status}
      </p>
      <a href={shareUrl} className="text-xs break-all" data-testid="demo-share-url">
        Link to this configuration
      </a>
    </div>
  );
}
