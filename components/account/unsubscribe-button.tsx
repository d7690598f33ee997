"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A button, not an action on load: mail scanners open links but do not press buttons. */
export function UnsubscribeButton({ token }: { token: string }) {
  const [state, setState] = useState<"idle" | "working" | "done" | "failed">("idle");
  if (state === "done") return <p role="status">Done: you will receive no more notification e-mail. You can turn it back on from your account page.</p>;
  return (
    <div className="flex flex-col gap-3">
      <div>
        <Button
          type="button"
          disabled={state === "working"}
          onClick={async () => {
            setState("working");
            const response = await fetch(`/api/unsubscribe?token=${encodeURIComponent(token)}`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" });
            setState(response.ok ? "done" : "failed");
          }}
        >
          Stop notification e-mail
        </Button>
      </div>
      {state === "failed" && (
        <p role="alert" className="text-danger">
          That did not work. Change your e-mail settings on your account page instead.
        </p>
      )}
    </div>
  );
}
