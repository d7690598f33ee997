// The one answer to a sign-up or a password-reset request, whatever the address: it must not
// reveal whether an account uses it.
import { smtpConfigured } from "@/lib/mail/transport.server";

export function checkInboxMessage(email: string, kind: "sign-up" | "reset"): string {
  const what = kind === "sign-up" ? "a link to finish creating your account (or, if the address already has one, a note saying so)" : "a link to choose a new password, if an account uses this address";
  const local = smtpConfigured() ? "" : " This site has no mail server configured: messages are saved in the outbox folder of its data directory.";
  return `Check your inbox at ${email}: we sent ${what}.${local}`;
}
