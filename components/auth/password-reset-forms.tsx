"use client";
import Link from "next/link";
import { useState } from "react";
import { FormField, JsonForm } from "@/components/forms/json-form";
import { PASSWORD_MIN } from "@/lib/validation/limits";

export function RequestPasswordReset() {
  const [sent, setSent] = useState<string | null>(null);
  if (sent) {
    return (
      <p role="status" className="rounded-md bg-paper-2 p-4 text-ink" data-testid="check-inbox">
        {sent}
      </p>
    );
  }
  return (
    <JsonForm action="/api/password-resets" submitLabel="Send me a link" onSuccess={(data) => setSent((data as { message: string }).message)}>
      <FormField name="email" label="E-mail address" type="email" autoComplete="email" required />
    </JsonForm>
  );
}

export function ChooseNewPassword({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  if (done) {
    return (
      <p role="status" className="text-ink">
        Your password is changed and every session was signed out. <Link href="/signin">Sign in</Link> with the new one.
      </p>
    );
  }
  return (
    <JsonForm action="/api/password-resets/complete" submitLabel="Set the new password" onSuccess={() => setDone(true)}>
      <input type="hidden" name="token" value={token} />
      <FormField name="newPassword" label="New password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN} hint={`At least ${PASSWORD_MIN} characters.`} />
    </JsonForm>
  );
}
