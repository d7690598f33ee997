// Cooks user text in a worker thread under a wall-clock limit, so that no input (micromark and
// KaTeX are super-linear on some) can hang a request or the process. One warm worker takes one
// call at a time from a queue; a call that runs out of time terminates the worker (the next one is
// started at once) and returns the escaped source with status "timed-out".
import path from "node:path";
import { Worker } from "node:worker_threads";
import { MAX_SOURCE_CHARS, RENDER_TIME_LIMIT_MS, WORKER_STARTUP_LIMIT_MS } from "./limits";
import { fallbackResult, type RenderedMarkdown } from "./result";

export interface MarkdownRendererOptions {
  /** Budget of one call in ms, counted from when it is queued with a worker ready (default RENDER_TIME_LIMIT_MS). */
  timeLimitMs?: number;
  /** How long a new worker may take to load (default WORKER_STARTUP_LIMIT_MS). */
  startupLimitMs?: number;
  /**
   * The worker's entry file. Default: lib/markdown/worker.mjs under the current directory, found
   * at run time: a static reference would make Turbopack bundle the worker into the server build.
   */
  workerEntry?: string;
}

export interface RenderOptions {
  /** Handles that exist, from looking up mentionCandidates(source); only these become links. */
  knownHandles?: readonly string[];
}

interface Job {
  id: number;
  source: string;
  knownHandles: string[];
  resolve: (result: RenderedMarkdown) => void;
  timer?: NodeJS.Timeout;
}

type WorkerMessage = { ready: true } | { id: number; result: RenderedMarkdown } | { id: number; error: string };

export class MarkdownRenderer {
  readonly timeLimitMs: number;
  readonly #startupLimitMs: number;
  readonly #entry: string;
  #worker: Worker | undefined;
  #ready = false;
  #startupTimer: NodeJS.Timeout | undefined;
  #queue: Job[] = [];
  #running: Job | undefined;
  #nextId = 1;
  #closed = false;

  constructor(options: MarkdownRendererOptions = {}) {
    this.timeLimitMs = options.timeLimitMs ?? RENDER_TIME_LIMIT_MS;
    this.#startupLimitMs = options.startupLimitMs ?? WORKER_STARTUP_LIMIT_MS;
    this.#entry = options.workerEntry ?? path.join(process.cwd(), "lib", "markdown", "worker.mjs");
  }

  /**
   * Cooks `source`. Never rejects: failures come back as the escaped source with status
   * "timed-out" or "too-large". Returns within timeLimitMs (plus a few ms) once a worker is ready;
   * the first call of a process also waits for the worker to load (bounded by startupLimitMs).
   */
  render(source: string, options: RenderOptions = {}): Promise<RenderedMarkdown> {
    if (this.#closed) throw new Error("MarkdownRenderer is closed");
    if (source.length > MAX_SOURCE_CHARS) return Promise.resolve(fallbackResult(source.slice(0, MAX_SOURCE_CHARS), "too-large"));
    return new Promise((resolve) => {
      const job: Job = { id: this.#nextId++, source, knownHandles: [...(options.knownHandles ?? [])], resolve };
      this.#queue.push(job);
      if (this.#ready) this.#arm(job);
      else this.#start();
      this.#pump();
    });
  }

  /** Stops the worker; calls still waiting get the fallback. */
  async close(): Promise<void> {
    this.#closed = true;
    const worker = this.#worker;
    this.#discardWorker();
    this.#failAll();
    await worker?.terminate();
  }

  #start(): void {
    if (this.#worker || this.#closed) return;
    const worker = new Worker(this.#entry, {
      // A clean Node: the host's flags (tsx's loader, vitest's) are not the worker's business.
      execArgv: [],
      // Heap for KaTeX's strings of a 64 KiB post with room to spare; a bigger stack for deep nesting.
      resourceLimits: { maxOldGenerationSizeMb: 256, stackSizeMb: 8 },
    });
    this.#worker = worker;
    this.#ready = false;
    this.#startupTimer = setTimeout(() => this.#crashed(), this.#startupLimitMs).unref();
    worker.on("message", (message: WorkerMessage) => {
      if (worker === this.#worker) this.#receive(message);
    });
    // A crash (out of memory, an error outside a call) or an exit: replace the worker.
    worker.on("error", () => {
      if (worker === this.#worker) this.#crashed();
    });
    worker.on("exit", () => {
      if (worker === this.#worker) this.#crashed();
    });
    this.#holdProcess();
  }

  #receive(message: WorkerMessage): void {
    if ("ready" in message) {
      clearTimeout(this.#startupTimer);
      this.#ready = true;
      for (const job of this.#queue) if (!job.timer) this.#arm(job);
    } else if (this.#running?.id === message.id) {
      const job = this.#running;
      this.#running = undefined;
      this.#finish(job, "result" in message ? message.result : fallbackResult(job.source, "timed-out"));
    }
    this.#pump();
  }

  #pump(): void {
    if (this.#ready && !this.#running && this.#queue.length > 0) {
      const job = this.#queue.shift()!;
      this.#running = job;
      this.#worker!.postMessage({ id: job.id, source: job.source, knownHandles: job.knownHandles });
    }
    this.#holdProcess();
  }

  #arm(job: Job): void {
    job.timer = setTimeout(() => this.#expire(job), this.timeLimitMs).unref();
  }

  #expire(job: Job): void {
    if (this.#running === job) {
      // Terminating is the only way to stop a synchronous render; the next worker starts now.
      this.#running = undefined;
      this.#replaceWorker();
    } else {
      this.#queue.splice(this.#queue.indexOf(job), 1);
    }
    this.#finish(job, fallbackResult(job.source, "timed-out"));
    this.#holdProcess();
  }

  // Also called when a new worker does not become ready within startupLimitMs.
  #crashed(): void {
    if (this.#ready) {
      const job = this.#running;
      this.#running = undefined;
      this.#replaceWorker();
      if (job) this.#finish(job, fallbackResult(job.source, "timed-out"));
    } else {
      // It failed while loading: restarting in a loop would not help. The next call tries again.
      this.#discardWorker();
      this.#failAll();
    }
    this.#holdProcess();
  }

  #failAll(): void {
    const jobs = [...(this.#running ? [this.#running] : []), ...this.#queue.splice(0)];
    this.#running = undefined;
    for (const job of jobs) this.#finish(job, fallbackResult(job.source, "timed-out"));
  }

  #replaceWorker(): void {
    this.#discardWorker();
    this.#start();
  }

  #discardWorker(): void {
    clearTimeout(this.#startupTimer);
    void this.#worker?.terminate();
    this.#worker = undefined;
    this.#ready = false;
  }

  #finish(job: Job, result: RenderedMarkdown): void {
    clearTimeout(job.timer);
    job.resolve(result);
  }

  // An idle worker must not keep a script alive; a pending call must (its timers are unref'd).
  #holdProcess(): void {
    if (this.#running || this.#queue.length > 0) this.#worker?.ref();
    else this.#worker?.unref();
  }
}
