// Reads what the test SMTP server received (tests/support/smtp-sink.ts), waiting for a message
// to arrive rather than sleeping.
import type { ReceivedMail } from "./smtp-sink";

export async function waitForMail(sinkUrl: string, to: string, match: (mail: ReceivedMail) => boolean = () => true, timeoutMs = 15_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = (await (await fetch(`${sinkUrl}/?to=${encodeURIComponent(to)}`)).json()) as ReceivedMail[];
    const found = mails.filter(match).at(-1);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no message to ${to} within ${timeoutMs} ms (received ${mails.length} others)`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function mailsTo(sinkUrl: string, to: string): Promise<ReceivedMail[]> {
  return (await (await fetch(`${sinkUrl}/?to=${encodeURIComponent(to)}`)).json()) as ReceivedMail[];
}

/** The first link to this site's `path` in a message's text. */
export function linkIn(mail: ReceivedMail, path: string): URL {
  const match = mail.text.match(new RegExp(`https?://[^\\s]+${path.replace(/[/?]/g, "\\$&")}[^\\s]*`));
  if (!match) throw new Error(`no ${path} link in "${mail.subject}": ${mail.text}`);
  return new URL(match[0]);
}
