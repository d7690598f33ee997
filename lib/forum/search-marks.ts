/** Marks around the words that matched in search snippets (private-use characters no text carries on purpose). */
export const HIT_START = "\uE000";
export const HIT_END = "\uE001";
