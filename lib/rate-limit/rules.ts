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

export const rateRules = {
  signUpPerAddress: { name: "sign-up:ip", limit: 10, windowSeconds: 3600, message: "Too many accounts were created from your network." },
} satisfies Record<string, RateRule>;
