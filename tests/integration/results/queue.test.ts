// pg-boss on the app's database through the app's pool: with the embedded PGlite that is one
// connection shared with Prisma, so queue SQL and interactive transactions must take turns.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { jobs, stopJobs, transactionDb } from "@/lib/jobs/boss.server";

const QUEUE = "test-queue-smoke";

afterAll(async () => {
  await stopJobs();
});

describe("job queue on the app's database", () => {
  it("sends inside a Prisma transaction, works jobs, under concurrent interactive transactions", async () => {
    const boss = await jobs();
    if (!(await boss.getQueue(QUEUE))) await boss.createQueue(QUEUE, { name: QUEUE });
    const seen: number[] = [];
    await boss.work<{ n: number }>(QUEUE, { pollingIntervalSeconds: 0.5, batchSize: 5 }, async (batch) => {
      for (const job of batch) seen.push(job.data.n);
    });
    // 20 interactive transactions, each storing a row and sending its job, racing the worker's polling.
    await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        db().$transaction(async (tx) => {
          await tx.$executeRawUnsafe(`SELECT pg_sleep(0.01)`);
          await boss.send(QUEUE, { n }, { db: transactionDb(tx) });
        }),
      ),
    );
    // A rolled-back transaction enqueues nothing.
    await expect(
      db().$transaction(async (tx) => {
        await boss.send(QUEUE, { n: 99 }, { db: transactionDb(tx) });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    const deadline = Date.now() + 30_000;
    while (seen.length < 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, n) => n));
    await new Promise((r) => setTimeout(r, 1500));
    expect(seen).not.toContain(99);
  });
});
