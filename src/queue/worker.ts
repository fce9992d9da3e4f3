import { setTimeout as sleep } from "node:timers/promises";
import { knowledgeBaseFor } from "../actors/import/store-kb.js";
import type { KnowledgeBase } from "../actors/kb.js";
import { inferUndatedDocuments } from "../corpus/dating/infer.js";
import { type StoredArticle, storeArticle } from "../corpus/store-article.js";
import { documentId } from "../store/ids.js";
import type { Store } from "../store/store.js";
import type { Job } from "./job.js";
import type { PgQueue } from "./pg-queue.js";

/** Advisory lock key taken around every write to the corpus (join + save, dating) by any worker. */
export const CORPUS_WRITE_LOCK = 7_340_212;

export interface WorkerOptions {
  /** Names this worker in the queue (`worker_id`) and in messages. */
  workerId: string;
  /** Jobs claimed at once (default 1). */
  batch?: number;
  /** Seconds a claimed job stays leased; renewed before each job (default 300). */
  leaseSeconds?: number;
  /** Stop when no job is queued or running anywhere, instead of waiting for more. */
  untilEmpty?: boolean;
  /** Milliseconds between polls of an empty queue (default 1000). */
  pollMs?: number;
  /** Aborted: finish the current article, give back the rest of the batch, stop. */
  signal?: AbortSignal;
  /** Told of each job handled: its outcome and, for a failed attempt, the error. */
  onJob?: (job: Job, outcome: JobOutcome, error?: string) => void;
  /** Codes one job (default: analyse and store it); tests replace it to make jobs fail. */
  code?: (job: Job, kb: KnowledgeBase) => Promise<StoredArticle>;
}

/** `stored` new, `skipped` (already stored), `retry` (failed, queued again), `failed` for good, `lost` (lease taken). */
export type JobOutcome = "stored" | "skipped" | "retry" | "failed" | "lost";

export interface WorkerSummary {
  worker: string;
  stored: number;
  skipped: number;
  /** Failed attempts, the job queued again. */
  retried: number;
  /** Jobs this worker marked failed for good. */
  failed: number;
  /** Jobs whose lease ran out while waiting in the batch (another worker took them). */
  lost: number;
  events: number;
  seconds: number;
}

/**
 * Claims queued articles and codes them until stopped (or, with `untilEmpty`, until nothing is queued
 * or running): claim → analyse → join and save under the corpus write lock → mark done. A failed
 * attempt is recorded on the job; when the queue runs dry, undated documents are dated again.
 *
 * @example const summary = await runWorker(queue, store, { workerId: "host:42", untilEmpty: true });
 */
export async function runWorker(queue: PgQueue, store: Store, options: WorkerOptions): Promise<WorkerSummary> {
  const started = performance.now();
  const { workerId, signal } = options;
  const lease = options.leaseSeconds ?? 300;
  const s: WorkerSummary = {
    worker: workerId,
    stored: 0,
    skipped: 0,
    retried: 0,
    failed: 0,
    lost: 0,
    events: 0,
    seconds: 0,
  };
  const kb = await knowledgeBaseFor(store);
  const locked = <T>(write: () => Promise<T>) => queue.exclusive(CORPUS_WRITE_LOCK, write);
  const code =
    options.code ?? ((job: Job, k: KnowledgeBase) => storeArticle(store, job.article, job.content_hash, k, locked));
  let undatedWork = 0; // documents stored since undated documents were last dated
  const dateUndated = async () => {
    if (undatedWork > 0) await locked(() => inferUndatedDocuments(store));
    undatedWork = 0;
  };
  while (!signal?.aborted) {
    const jobs = await queue.claim(workerId, options.batch ?? 1, lease);
    if (jobs.length === 0) {
      await dateUndated();
      if (options.untilEmpty && !(await queue.hasOpenJobs())) break;
      await sleep(options.pollMs ?? 1000, undefined, { signal }).catch(() => {});
      continue;
    }
    for (const [i, job] of jobs.entries()) {
      if (signal?.aborted) {
        await queue.release(jobs.slice(i), workerId);
        break;
      }
      const outcome = await handle(queue, store, job, options, lease, (j) => code(j, kb), s);
      if (outcome === "stored") undatedWork++;
    }
  }
  await dateUndated();
  s.seconds = (performance.now() - started) / 1000;
  return s;
}

/** One job: skipped when stored, else coded; the outcome is recorded on the job and in the summary. */
async function handle(
  queue: PgQueue,
  store: Store,
  job: Job,
  options: WorkerOptions,
  lease: number,
  code: (job: Job) => Promise<StoredArticle>,
  s: WorkerSummary,
): Promise<JobOutcome> {
  let outcome: JobOutcome;
  let error: string | undefined;
  if (!(await queue.renew(job, options.workerId, lease))) {
    outcome = "lost";
  } else {
    try {
      if (await store.hasDocument(job.content_hash)) {
        await queue.complete(job, documentId(job.content_hash));
        outcome = "skipped";
      } else {
        const saved = await code(job);
        await queue.complete(job, saved.doc_id);
        outcome = saved.created ? "stored" : "skipped";
        if (saved.created) s.events += saved.events;
      }
    } catch (e) {
      error = (e as Error).message ?? String(e);
      const state = await queue.fail(job, options.workerId, error);
      outcome = state === "failed" ? "failed" : state === "queued" ? "retry" : "lost";
    }
  }
  const key = outcome === "retry" ? "retried" : outcome;
  s[key]++;
  options.onJob?.(job, outcome, error);
  return outcome;
}
