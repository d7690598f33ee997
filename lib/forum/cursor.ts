// Keyset cursors for thread lists: the sort key of the last row shown plus its id as a tiebreak,
// opaque to readers (base64url) and validated on the way back, so a forged cursor is a 400-free
// "first page" rather than an error page.

export interface Cursor {
  /** The sort value of the last row: an ISO time (latest) or a number (top). */
  key: string | number;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString("base64url");
}

/** The cursor, or null for anything that is not one this module wrote. */
export function decodeCursor(value: string | null | undefined, kind: "time" | "number"): Cursor | null {
  if (!value || value.length > 200) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [key, id] = parsed as unknown[];
    if (typeof id !== "string" || !/^[a-z0-9]{1,40}$/i.test(id)) return null;
    if (kind === "number") return typeof key === "number" && Number.isSafeInteger(key) && key >= 0 ? { key, id } : null;
    return typeof key === "string" && !Number.isNaN(Date.parse(key)) && /^\d{4}-\d\d-\d\dT/.test(key) ? { key, id } : null;
  } catch {
    return null;
  }
}
