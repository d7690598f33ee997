// next-auth reports failures as short codes; these are the sentences people see.
export const THROTTLED_PREFIX = "throttled:";
export const SUSPENDED_PREFIX = "suspended:";

export function signInErrorMessage(code: string): string {
  if (code.startsWith(THROTTLED_PREFIX)) {
    const minutes = Math.max(1, Math.ceil(Number(code.slice(THROTTLED_PREFIX.length)) / 60));
    return `Too many failed sign-in attempts. For your safety, try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  }
  if (code.startsWith(SUSPENDED_PREFIX)) {
    const until = new Date(code.slice(SUSPENDED_PREFIX.length));
    const when = Number.isNaN(until.getTime()) ? "for now" : `until ${until.toUTCString().replace(/:\d\d GMT$/, " UTC")}`;
    return `This account is suspended ${when}. The moderators' message explains why; it was sent to the account's address.`;
  }
  switch (code) {
    case "CredentialsSignin":
      return "That e-mail address and password do not match an account.";
    case "EmailTaken":
      return "An account with that provider's e-mail address already exists. Sign in with your e-mail address and password instead.";
    case "OAuthSignin":
    case "OAuthCallback":
      return "The sign-in provider did not complete the sign-in. Try again.";
    default:
      return "Sign-in failed. Try again.";
  }
}
