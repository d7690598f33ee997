// The messages the account system sends. Each says why the reader got it, so an unexpected one
// is harmless: nothing happens unless its owner follows the link.
import { absoluteUrl } from "@/lib/content/site-url.server";
import { compose } from "@/lib/mail/compose";
import { SIGN_UP_HOURS, RESET_MINUTES } from "./email-token";

export function confirmSignUpMail(name: string, token: string) {
  return compose({
    subject: "Confirm your address to finish creating your account",
    paragraphs: [`Hello ${name},`, `Someone, probably you, asked to create an account on the Learning Mechanics Hub with this address. Confirm it to finish; the link works for ${SIGN_UP_HOURS} hours.`],
    action: { label: "Create my account", url: absoluteUrl(`/signup/confirm?token=${encodeURIComponent(token)}`) },
    footer: "If you did not ask for this, ignore this message: no account is created unless the link is followed.",
  });
}

export function alreadyMemberMail() {
  return compose({
    subject: "You already have an account",
    paragraphs: ["Someone, probably you, tried to create an account on the Learning Mechanics Hub with this address, but it already belongs to an account.", "Sign in with it instead. If you have forgotten the password, you can choose a new one from the sign-in page."],
    action: { label: "Sign in", url: absoluteUrl("/signin") },
    footer: "If this was not you, nothing has changed and you can ignore this message.",
  });
}

export function passwordResetMail(name: string, token: string) {
  return compose({
    subject: "Choose a new password",
    paragraphs: [`Hello ${name},`, `Someone, probably you, asked to reset the password of your account on the Learning Mechanics Hub. The link works once, for ${RESET_MINUTES} minutes.`],
    action: { label: "Choose a new password", url: absoluteUrl(`/reset-password?token=${encodeURIComponent(token)}`) },
    footer: "If you did not ask for this, ignore this message: your password stays as it is.",
  });
}
