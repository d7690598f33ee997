// The one-line description of a notification, shared by the inbox, the bell's API and e-mails.
export interface Describable {
  kind: string;
  reason: string;
  actorName: string | null;
  /** How many people the notification stands for (a batch of reactions). */
  actorCount: number;
  title: string;
}

/** One line saying what happened, for the inbox, the bell and e-mails. */
export function describe(item: Describable): string {
  const who = item.actorName ?? "The site";
  switch (item.kind) {
    case "forum.reaction":
      return `${item.actorCount > 1 ? `${item.actorCount} people` : who} reacted to your post in “${item.title}”`;
    case "forum.mention":
      return `${who} mentioned you in “${item.title}”`;
    case "forum.quote":
      return `${who} quoted you in “${item.title}”`;
    case "forum.reply":
      return item.reason === "direct" ? `${who} replied to you in “${item.title}”` : `${who} posted in “${item.title}”`;
    case "forum.thread":
      return `${who} started “${item.title}”`;
    case "problem.status":
      return `${who} changed the status of “${item.title}”`;
    case "problem.question":
      return `${who} added a question: “${item.title}”`;
    case "problem.result":
      return `${who} submitted a result to “${item.title}”`;
    case "result.checked":
      return `The check of your result “${item.title}” finished`;
    default:
      return `${who}: ${item.title}`;
  }
}
