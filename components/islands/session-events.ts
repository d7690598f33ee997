// Pages that change what the header shows about the signed-in user (a new display name, say)
// announce it; the account corner listens and asks the server again.
export const SESSION_CHANGED = "lmh:session-changed";

export function announceSessionChange(): void {
  document.dispatchEvent(new Event(SESSION_CHANGED));
}
