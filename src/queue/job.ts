import type { RawArticle } from "../ingest/article.js";

/**
 * Where a job stands: `queued` (waiting, or given back after a failed attempt), `running` (leased to
 * a worker until its lease expires), `done` (stored), `failed` (gave up after its last attempt).
 */
export type JobState = "queued" | "running" | "done" | "failed";

/** One queued article, as a worker claims it. */
export interface Job {
  job_id: string;
  content_hash: string;
  article: RawArticle;
  /** Attempts so far, this one included. */
  attempts: number;
}

/** What enqueueing one article did: `queued` new, `requeued` (it had failed), or `duplicate`. */
export type EnqueueOutcome = "queued" | "requeued" | "duplicate";

/** What marking a failed attempt did: the job waits for another attempt, or has failed for good. */
export type FailOutcome = "queued" | "failed";

/** Jobs per state. */
export type QueueCounts = Record<JobState, number>;

/** A job that failed for good, with its last error (one line). */
export interface FailedJob {
  job_id: string;
  origin: string;
  attempts: number;
  last_error: string | null;
}
