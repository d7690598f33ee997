// Named limits. A rule counts events per subject (an account, an address, or both) in a
// sliding window; the numbers live here so that docs, messages and tests read the same ones.
export interface RateRule {
  /** Prefix of the counter key: one name per kind of action. */
  name: string;
  limit: number;
  windowSeconds: number;
  /** Told to the client with the wait, e.g. "You are posting too fast." */
  message: string;
}

const TOO_MANY_SIGN_INS = "Too many failed sign-in attempts.";

export const rateRules = {
  // Password guesses. Only failures stay counted (a right password gives its attempt back).
  // Per address: a university's NAT puts many researchers behind one address, so it is higher.
  signInPerAddress: { name: "sign-in:ip", limit: 30, windowSeconds: 900, message: TOO_MANY_SIGN_INS },
  // One account from one address: the usual guessing attack, stopped without locking the owner
  // out from anywhere else.
  signInPerAccountAndAddress: { name: "sign-in:account-ip", limit: 10, windowSeconds: 900, message: TOO_MANY_SIGN_INS },
  // One account from everywhere (a distributed attack). Past it, only an address with no failed
  // attempt on the account in the window may still try, so its owner is not locked out either.
  signInPerAccount: { name: "sign-in:account", limit: 100, windowSeconds: 3600, message: TOO_MANY_SIGN_INS },
  passwordChangePerAccount: { name: "password-change:user", limit: 10, windowSeconds: 900, message: "Too many wrong current passwords." },
  passwordChangePerAddress: { name: "password-change:ip", limit: 30, windowSeconds: 900, message: "Too many wrong current passwords." },

  signUpPerAddress: { name: "sign-up:ip", limit: 10, windowSeconds: 3600, message: "Too many sign-ups from your network." },
  // Nobody can flood an inbox with confirmation or reset messages.
  mailPerAddressee: { name: "mail:to", limit: 3, windowSeconds: 3600, message: "We already sent several messages to this address; check your inbox (and spam folder)." },
  passwordResetPerAddress: { name: "reset:ip", limit: 10, windowSeconds: 3600, message: "Too many password-reset requests from your network." },
} satisfies Record<string, RateRule>;
