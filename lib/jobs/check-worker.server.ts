// Check workers: pg-boss handlers for the check queue and its dead-letter queue. The same
// function serves `npm run worker` (scripts/worker.ts) and the worker inside `npm start`.
import { checkLimits, seedPool } from "@/lib/checks/run-check.server";
import { markCheckDead, processCheck } from "@/lib/results/checks.server";
import { QUEUES, jobs, localCheckPollers } from "./boss.server";

interface CheckJob {
  checkId: string;
}

/**
 * Starts `concurrency` pollers on the check queue (each runs one check at a time; a check runs
 * its seeds in child processes, one booted ahead per poller) and one on the dead-letter queue.
 * Returns a stop function, which also kills the children waiting for work.
 */
export async function startCheckWorkers(concurrency = 1, log: (line: string) => void = () => {}): Promise<() => Promise<void>> {
  const boss = await jobs();
  const seeds = seedPool(concurrency);
  await seeds.start(checkLimits());
  const ids: string[] = [];
  for (let i = 0; i < concurrency; i++) {
    let id = "";
    id = await boss.work<CheckJob>(QUEUES.check, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      const outcome = await processCheck(job.data.checkId, seeds);
      log(`check ${job.data.checkId}: ${outcome}`);
      // A poller waits out its interval after every fetch; after a check it looks again at once,
      // so a backlog drains at the pace of the checks, not one check per second.
      boss.notifyWorker(id);
    });
    ids.push(id);
    localCheckPollers().add(id);
  }
  ids.push(
    await boss.work<CheckJob>(QUEUES.checkDead, { batchSize: 1, pollingIntervalSeconds: 5 }, async ([job]) => {
      await markCheckDead(job.data.checkId, "every attempt to run this check failed; a moderator can put it back on the queue");
      log(`check ${job.data.checkId}: dead`);
    }),
  );
  return async () => {
    for (const id of ids) {
      localCheckPollers().delete(id);
      await boss.offWork({ id });
    }
    await seeds.stop();
  };
}
