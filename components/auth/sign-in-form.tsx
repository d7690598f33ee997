"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { announceSessionChange } from "@/components/islands/session-events";
import { signInErrorMessage } from "@/lib/auth/sign-in-codes";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    setPending(false);
    if (result?.ok && !result.error) {
      announceSessionChange();
      router.push(callbackUrl);
      router.refresh();
    } else {
      setError(signInErrorMessage(result?.error ?? "CredentialsSignin"));
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      <Field name="email" label="E-mail address" type="email" autoComplete="email" required />
      <Field name="password" label="Password" type="password" autoComplete="current-password" required />
      {error && (
        <p role="alert" className="text-sm text-danger" data-testid="sign-in-error">
          {error}
        </p>
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </div>
    </form>
  );
}
