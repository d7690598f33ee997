"use client";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { FormField, JsonForm } from "@/components/forms/json-form";
import { PASSWORD_MIN } from "@/lib/validation/limits";

/** Changing the password ends every session, this one included, so it signs in again at once. */
export function PasswordForm({ email, hasPassword }: { email: string | null; hasPassword: boolean }) {
  const [done, setDone] = useState(false);
  return (
    <JsonForm
      action="/api/account/password"
      submitLabel={hasPassword ? "Change password" : "Set password"}
      onSuccess={async (_data, values) => {
        if (email) await signIn("credentials", { email, password: values.newPassword, redirect: false });
        setDone(true);
      }}
    >
      {hasPassword && <FormField name="currentPassword" label="Current password" type="password" autoComplete="current-password" required />}
      <FormField name="newPassword" label="New password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN} hint={`At least ${PASSWORD_MIN} characters. Your other sessions will be signed out.`} />
      {done && (
        <p role="status" className="text-sm text-ok">
          Password changed. Other sessions have been signed out.
        </p>
      )}
    </JsonForm>
  );
}
