"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { announceSessionChange } from "@/components/islands/session-events";
import { FormField, JsonForm } from "@/components/forms/json-form";
import { PASSWORD_MIN } from "@/lib/validation/user";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  return (
    <JsonForm
      action="/api/users"
      submitLabel="Create account"
      onSuccess={async (_data, values) => {
        await signIn("credentials", { email: values.email, password: values.password, redirect: false });
        announceSessionChange();
        router.push(callbackUrl);
        router.refresh();
      }}
    >
      <FormField name="name" label="Display name" autoComplete="name" required maxLength={80} hint="Shown on your posts and profile." />
      <FormField name="email" label="E-mail address" type="email" autoComplete="email" required />
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
