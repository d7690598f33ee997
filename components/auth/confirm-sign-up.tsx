"use client";
import Link from "next/link";
import { useState } from "react";
import { JsonForm } from "@/components/forms/json-form";

/**
 * A button rather than an action on page load: mail scanners open links, but they do not press
 * buttons, so an account is only created by the person who reads the message.
 */
export function ConfirmSignUp({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  if (done) {
    return (
      <p role="status" className="text-ink">
        Your account is ready. <Link href="/signin">Sign in</Link>.
      </p>
    );
  }
  return (
    <JsonForm action="/api/users/confirm" submitLabel="Create my account" onSuccess={() => setDone(true)}>
      <input type="hidden" name="token" value={token} />
    </JsonForm>
  );
}
