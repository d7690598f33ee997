// Work that should not delay the response (sending the mail a request queued). Inside a
// Next.js request it runs after the response is sent; elsewhere (scripts, in-process tests)
// there is no response to wait for, so it starts at once without being awaited.
import { after } from "next/server";

export function afterResponse(task: () => Promise<unknown>): void {
  const run = () => task().catch((error) => console.error("[after-response]", error));
  try {
    after(run);
  } catch {
    void run();
  }
}
