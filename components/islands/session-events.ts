// Pages that change what the header shows about the signed-in user (a new display name, say)
// announce it; the account corner listens and asks the server again.
export const SESSION_CHANGED = "lmh:session-changed";

export function announceSessionChange(): void {
  document.dispatchEvent(new Event(SESSION_CHANGED));
}

// Pages that mark notifications read announce it; the header's bell asks for the count again.
export const NOTIFICATIONS_CHANGED = "lmh:notifications-changed";

export function announceNotificationsChange(): void {
  document.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
}
