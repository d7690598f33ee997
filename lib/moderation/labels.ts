// The reasons stored on posts that the queue itself hid or a moderator deleted: pages tell these
// apart from a moderator's own words, and approval lifts only what flags did.
export const HIDDEN_BY_FLAGS = "Hidden after flags from members, until a moderator reviews it.";
export const DELETED_BY_MODERATOR = "Deleted by a moderator";
