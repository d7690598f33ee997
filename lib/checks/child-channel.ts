// The child's side of runContained's protocol (contain.server.ts). A child loads what it needs,
// then calls childChannel(): that announces "ready" on fd 3 and waits for its one input document
// on stdin, so a child can be started ahead of its work and its wall clock starts at the input.
import fs from "node:fs";

export interface ChildMessage {
  type: "ready" | "progress" | "result";
  [key: string]: unknown;
}

const send = (message: ChildMessage) => fs.writeSync(3, JSON.stringify(message) + "\n");

/**
 * Reports the child ready (with `startup`, e.g. its start-up times), then returns its input (stdin,
 * to its end) and a writer of messages on fd 3.
 */
export async function childChannel(startup: Record<string, number> = {}): Promise<{ input: unknown; send(message: ChildMessage): void }> {
  send({ ...startup, type: "ready" });
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // An empty stdin is the parent gone (or a pool stopping) before any work came: nothing to run.
  if (chunks.length === 0) process.exit(0);
  const input = JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  return { input, send };
}
