"use client";
import { signOutAndGo } from "@/lib/auth/sign-out";
import { FormField, JsonForm } from "@/components/forms/json-form";

export function SignOutEverywhere() {
  return (
    <JsonForm action="/api/account/sessions" method="DELETE" submitLabel="Sign out everywhere" onSuccess={() => signOutAndGo("/signin")}>
      <p className="text-sm text-ink-2">Ends every session of this account, on every device, including this one.</p>
    </JsonForm>
  );
}

export function DeleteAccount({ handle }: { handle: string }) {
  return (
    <JsonForm action="/api/account" method="DELETE" submitLabel="Delete my account" variant="danger" onSuccess={() => signOutAndGo("/")}>
      <p className="text-sm text-ink-2">
        Removes your profile and sign-in methods for good. What others wrote stays where it is.
      </p>
      <FormField name="confirm" label={`Type your handle, ${handle}, to confirm`} autoComplete="off" required />
    </JsonForm>
  );
}
