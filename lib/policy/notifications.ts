// Rules about a member's own notifications and what they follow. Watching changes nothing others
// see, so silenced members may watch and mute too.
import type { Rules } from "./rule";

export interface NotificationSubjects {
  /** Set one's own watch level on a thread, category, tag, problem, direction or result. */
  "watch.set": void;
}

export const notificationRules: Rules<NotificationSubjects> = {
  "watch.set": { allow: () => true, denied: "Sign in to follow this." },
};
