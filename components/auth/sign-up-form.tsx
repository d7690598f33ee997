"use client";
import { useState } from "react";
import { FormField, JsonForm } from "@/components/forms/json-form";
import { PASSWORD_MIN } from "@/lib/validation/limits";

/** Step one of sign-up: the server answers "check your inbox", whatever the address. */
export function SignUpForm() {
  const [sent, setSent] = useState<string | null>(null);
  if (sent) {
    return (
      <p role="status" className="rounded-md bg-paper-2 p-4 text-ink" data-testid="check-inbox">
        {sent}
      </p>
    );
  }
  return (
    <JsonForm action="/api/users" submitLabel="Create account" onSuccess={(data) => setSent((data as { message: string }).message)}>
      <FormField name="name" label="Display name" autoComplete="name" required maxLength={80} hint="Shown on your posts and profile." />
      <FormField name="email" label="E-mail address" type="email" autoComplete="email" required hint="We send a link to it to finish creating your account." />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters; not a common password and not your e-mail address.`}
      />
    </JsonForm>
  );
}
