// Keeps contained children of one script booted ahead of their work, so that a child's start-up
// (Node, its modules, the tfjs backend: most of a short seed's cost) overlaps the seed before it
// and the wait for the next check. Containment is unchanged: every unit of work still gets its own
// fresh child under its limits (contain.server.ts), which runs it and exits; a spare only skips
// the wait for the start. Without `import "server-only"`: used by `npm run worker` under tsx too.
import { childBundle } from "./child-bundle.server";
import type { ChildMessage } from "./child-channel";
import { ContainedChild, type ContainedOutcome, type Limits } from "./contain.server";

const sameLimits = (a: Limits, b: Limits) => a.memoryMb === b.memoryMb && a.heapMb === b.heapMb && a.wallSeconds === b.wallSeconds && a.bootSeconds === b.bootSeconds;

export class ChildPool {
  readonly #script: string;
  readonly #spares: number;
  #idle: ContainedChild[] = [];
  #stopped = false;

  /** `script`: the TypeScript child script; `spares`: how many children to keep booted ahead (0: none). */
  constructor(script: string, spares: number) {
    this.#script = script;
    this.#spares = spares;
  }

  /** Boots the spares for runs under `limits` now (bundling the script if needed), before any work comes. */
  async start(limits: Limits): Promise<void> {
    this.#replenish(await childBundle(this.#script), limits);
  }

  /**
   * Runs one unit of work in a child of its own: a waiting spare of the current bundle and the
   * same limits, or else a new child; then boots a spare to replace it.
   */
  async run<T>(input: unknown, limits: Limits, onProgress?: (message: ChildMessage) => void): Promise<ContainedOutcome<T>> {
    // Checked on every run: a changed source is a new bundle, and spares of the old one are dropped.
    const bundle = await childBundle(this.#script);
    const [fit, unfit] = partition(this.#idle, (c) => c.usable && c.bundle === bundle && sameLimits(c.limits, limits));
    // A spare that died while waiting (killed, out of memory at boot) is replaced, never used.
    for (const c of unfit) void c.kill();
    const child = fit.shift() ?? new ContainedChild(bundle, limits);
    this.#idle = fit;
    this.#replenish(bundle, limits);
    return child.run<T>(input, onProgress);
  }

  /** Pids of the spares waiting for work. */
  get sparePids(): number[] {
    return this.#idle.flatMap((c) => (c.pid === undefined ? [] : [c.pid]));
  }

  /** Kills the spares and boots no more; runs already started finish in their own children. */
  async stop(): Promise<void> {
    this.#stopped = true;
    const idle = this.#idle;
    this.#idle = [];
    await Promise.all(idle.map((c) => c.kill()));
  }

  #replenish(bundle: string, limits: Limits): void {
    while (!this.#stopped && this.#idle.length < this.#spares) this.#idle.push(new ContainedChild(bundle, limits));
  }
}

function partition<T>(items: T[], keep: (item: T) => boolean): [T[], T[]] {
  return [items.filter(keep), items.filter((item) => !keep(item))];
}
