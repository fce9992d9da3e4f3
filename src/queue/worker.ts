import { setTimeout as sleep } from "node:timers/promises";
import { knowledgeBaseFor } from "../actors/import/store-kb.js";
import type { KnowledgeBase } from "../actors/kb.js";
import { codeArticle } from "../corpus/store-article.js";
import { documentId } from "../store/ids.js";
import type { DocumentBundle, Store } from "../store/store.js";
import type { FailOutcome, Job } from "./job.js";
import type { PgQueue } from "./pg-queue.js";
import { type SaveReport, saveReady } from "./save-ready.js";

/** Milliseconds between looks at the queue while too many analyses wait for saving. */
const BACKLOG_POLL_MS = 50;

export interface WorkerOptions {
  /** Names this worker in the queue (`worker_id`) and in messages. */
  workerId: string;
  /** Jobs claimed at once (default 1). */
  batch?: number;
  /** Seconds a claimed job stays leased; renewed before each job of a batch (default 120). */
  leaseSeconds?: number;
  /** Stop when no job is open anywhere, instead of waiting for more. */
  untilEmpty?: boolean;
  /** Milliseconds between polls of an empty queue (default 1000). */
  pollMs?: number;
  /**
   * Analysed jobs allowed to wait for saving (default 200): beyond it the worker saves or waits
   * instead of analysing more, so the queue does not fill with analyses when saving is the bottleneck.
   */
  maxWaiting?: number;
  /** Aborted: finish the current article, give back the rest of the batch, stop. */
  signal?: AbortSignal;
  /** Told of each failed attempt: queued again (`queued`), failed for good, or lost to another worker (null). */
  onError?: (origin: string, error: string, outcome: FailOutcome | null) => void;
  /** Codes one job (default: the pipeline); tests replace it to make jobs fail. */
  code?: (job: Job, kb: KnowledgeBase) => DocumentBundle | Promise<DocumentBundle>;
}

export interface WorkerSummary {
  worker: string;
  /** Articles this worker analysed. */
  analysed: number;
  /** Documents this worker saved (its own analyses or others'). */
  stored: number;
  /** Articles already stored: marked done without analysis, or not written again. */
  skipped: number;
  /** Failed attempts, the job queued again. */
  retried: number;
  /** Jobs this worker marked failed for good. */
  failed: number;
  /** Jobs whose lease ran out before this worker got to them (another worker took them). */
  lost: number;
  events: number;
  seconds: number;
}

/**
 * Takes queued articles and codes them until stopped (or, with `untilEmpty`, until no job is open
 * anywhere): claim → analyse → keep the analysis on the job → save analysed jobs in job order
 * (`saveReady`). Failed attempts are recorded on the job, never fatal to the worker.
 *
 * @example const summary = await runWorker(queue, store, { workerId: "host:42", untilEmpty: true });
 */
export async function runWorker(queue: PgQueue, store: Store, options: WorkerOptions): Promise<WorkerSummary> {
  const started = performance.now();
  const { workerId, signal } = options;
  const lease = options.leaseSeconds ?? 120;
  const s: WorkerSummary = {
    worker: workerId,
    analysed: 0,
    stored: 0,
    skipped: 0,
    retried: 0,
    failed: 0,
    lost: 0,
    events: 0,
    seconds: 0,
  };
  const kb = await knowledgeBaseFor(store);
  const code = options.code ?? ((job: Job, k: KnowledgeBase) => codeArticle(job.article, job.content_hash, k));
  const failed = (origin: string, error: string, outcome: FailOutcome | null) => {
    if (outcome === "queued") s.retried++;
    else if (outcome === "failed") s.failed++;
    else s.lost++;
    options.onError?.(origin, error, outcome);
  };
  const save = async (through?: string) => {
    const r: SaveReport = await saveReady(queue, store, { signal, ...(through ? { through } : {}) });
    s.stored += r.stored;
    s.skipped += r.skipped;
    s.events += r.events;
    for (const e of r.errors) failed(e.origin, e.error, e.outcome);
  };
  const maxWaiting = options.maxWaiting ?? 200;
  while (!signal?.aborted) {
    const backlog = (await queue.waiting(maxWaiting)) >= maxWaiting; // then only what the saving waits for
    const jobs = await queue.claim(workerId, options.batch ?? 1, lease, backlog);
    if (jobs.length === 0) {
      await save(); // analysed jobs a killed worker left unsaved; the dating once all is saved
      if (options.untilEmpty && !(await queue.hasOpenJobs())) break;
      const pause = backlog ? Math.min(BACKLOG_POLL_MS, options.pollMs ?? 1000) : (options.pollMs ?? 1000);
      await sleep(pause, undefined, { signal }).catch(() => {}); // saving catches up quickly: look again soon
      continue;
    }
    for (const [i, job] of jobs.entries()) {
      if (signal?.aborted) {
        await queue.release(jobs.slice(i), workerId);
        break;
      }
      if (!(await queue.renew(job, workerId, lease))) {
        s.lost++;
        continue;
      }
      if (await store.hasDocument(job.content_hash)) {
        await queue.complete(job.job_id, documentId(job.content_hash));
        s.skipped++;
        continue;
      }
      let bundle: DocumentBundle;
      try {
        bundle = await code(job, kb);
      } catch (e) {
        const error = (e as Error).message ?? String(e);
        failed(job.article.origin, error, await queue.fail(job.job_id, workerId, error));
        continue;
      }
      if (await queue.analysed(job, workerId, bundle)) s.analysed++;
      else s.lost++;
      await save(job.job_id);
    }
  }
  s.seconds = (performance.now() - started) / 1000;
  return s;
}
