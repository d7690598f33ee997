import { compose } from "@/lib/mail/compose";

const until = (date: Date) => date.toUTCString().replace(/:\d\d GMT$/, " UTC");

export function restrictionMail({ kind, reason }: { kind: "suspend" | "silence"; reason: string }, end: Date) {
  return kind === "suspend"
    ? compose({
        subject: "Your account is suspended",
        paragraphs: [`A moderator suspended your account on the Learning Mechanics Hub until ${until(end)}. Until then you cannot sign in.`, `The reason given: ${reason}`],
        footer: "If you think this is a mistake, reply to this message.",
      })
    : compose({
        subject: "Your account is read-only for now",
        paragraphs: [`A moderator silenced your account on the Learning Mechanics Hub until ${until(end)}. You can sign in and read, but not post.`, `The reason given: ${reason}`],
        footer: "If you think this is a mistake, reply to this message.",
      });
}
