import { Worker } from "node:worker_threads";
import type { RawArticle } from "../../ingest/article.js";
import { type ArticleOutcome, oneLineError } from "./analyze-article.js";
import type { AnalysisReply, AnalysisRequest, WorkerSetup } from "./messages.js";
import { fromWire } from "./transport.js";

export interface PoolOptions {
  /** Worker threads to run. */
  size: number;
  setup: WorkerSetup;
  /** The worker's entry module; the analysis worker by default (tests pass one that crashes). */
  script?: URL;
}

interface Pending {
  request: AnalysisRequest;
  resolve: (outcome: ArticleOutcome) => void;
}

interface Slot {
  worker: Worker;
  /** Requests posted and not yet answered, in the order posted (a worker answers in that order). */
  queue: Pending[];
  replies: number;
  error: string | null;
}

/** Workers that die before answering anything, in a row, before the pool gives up on starting them. */
const STARTUP_FAILURES = 3;

/**
 * A fixed pool of analysis worker threads, each holding its own pipeline and knowledge base. A
 * request goes to the worker with the fewest outstanding, posted at once so that no worker waits
 * on the main thread between articles (the caller bounds how many are in flight). A worker that
 * dies fails the article it was working on, with a one-line reason, and is replaced; the requests
 * queued behind that article go to the other workers.
 *
 * @example
 *   const pool = new AnalysisPool({ size: 2, setup: { imported: [] } });
 *   const outcome = await pool.analyze(article, contentHash(article.text));
 *   await pool.close();
 */
export class AnalysisPool {
  readonly #options: PoolOptions;
  readonly #slots: Slot[] = [];
  #jobs = 0;
  #deadStarts = 0;
  #broken: string | null = null;
  #closed = false;

  constructor(options: PoolOptions) {
    this.#options = options;
    for (let i = 0; i < Math.max(1, options.size); i++) this.#slots.push(this.#spawn());
  }

  /** Analyses one article on some worker; never rejects (a failure is an outcome). */
  analyze(article: RawArticle, hash: string): Promise<ArticleOutcome> {
    return new Promise((resolve) => this.#post({ request: { job: this.#jobs++, article, hash }, resolve }));
  }

  /** Requests posted and not yet answered on the least busy worker (0 once the pool gave up: it answers at once). */
  fewestOutstanding(): number {
    return this.#slots.reduce(
      (least, slot) => Math.min(least, slot.queue.length),
      this.#slots.length > 0 ? Infinity : 0,
    );
  }

  /** Stops every worker; outstanding requests are left unanswered. */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
  }

  #post(pending: Pending): void {
    if (this.#broken) {
      pending.resolve({ kind: "failed", reason: this.#broken });
      return;
    }
    const slot = this.#slots.reduce((a, b) => (b.queue.length < a.queue.length ? b : a));
    slot.queue.push(pending);
    slot.worker.postMessage(pending.request);
  }

  #spawn(): Slot {
    const script = this.#options.script ?? new URL("./worker.js", import.meta.url);
    const worker = new Worker(script, { workerData: this.#options.setup });
    const slot: Slot = { worker, queue: [], replies: 0, error: null };
    worker.on("message", (reply: AnalysisReply) => {
      const index = slot.queue.findIndex((p) => p.request.job === reply.job);
      const [pending] = slot.queue.splice(index, 1);
      slot.replies++;
      this.#deadStarts = 0;
      pending?.resolve(fromWire(reply.outcome, pending.request.article.text));
    });
    worker.on("error", (error) => {
      slot.error = oneLineError(error);
    });
    worker.on("exit", (code) => {
      if (!this.#closed) this.#replace(slot, code);
    });
    return slot;
  }

  /** A worker died: the article it was on fails, a new worker takes its place, its queue is posted again. */
  #replace(slot: Slot, code: number): void {
    const reason = `analysis worker crashed: ${slot.error ?? `exit code ${code}`}`;
    const [current, ...rest] = slot.queue;
    current?.resolve({ kind: "failed", reason });
    if (slot.replies === 0 && ++this.#deadStarts >= STARTUP_FAILURES) this.#broken = reason;
    const index = this.#slots.indexOf(slot);
    if (this.#broken)
      this.#slots.splice(index, 1); // from now on #post answers at once, without a worker
    else this.#slots[index] = this.#spawn();
    for (const pending of rest) this.#post(pending);
  }
}
