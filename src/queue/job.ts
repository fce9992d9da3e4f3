import type { RawArticle } from "../ingest/article.js";

/**
 * Where a job stands: `queued` (waiting, or given back after a failed attempt), `running` (leased to
 * a worker until its lease expires), `analysed` (coded, waiting to be saved in job order), `done`
 * (stored), `failed` (gave up after its last attempt).
 */
export type JobState = "queued" | "running" | "analysed" | "done" | "failed";

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

/** A worker holding jobs: how many, and the seconds left on its first lease to end (negative: expired). */
export interface WorkerLease {
  worker_id: string;
  running: number;
  lease_seconds: number;
}

/** The oldest open job: saved next once analysed. */
export interface HeadJob {
  job_id: string;
  origin: string;
  state: "queued" | "running" | "analysed";
  /** The analysis, when analysed. */
  bundle: unknown;
  attempts: number;
}

/** A claimed job as read from its row. */
export interface JobRow extends Omit<RawArticle, "externalId" | "publishedAt" | "dateSource"> {
  job_id: string;
  content_hash: string;
  external_id: string | null;
  published_at: string | null;
  date_source: string | null;
  attempts: number;
}

/** A claimed row as the job a worker codes. */
export function toJob(row: JobRow): Job {
  return {
    job_id: row.job_id,
    content_hash: row.content_hash,
    attempts: row.attempts,
    article: {
      origin: row.origin,
      text: row.text,
      title: row.title,
      source: row.source,
      url: row.url,
      externalId: row.external_id,
      publishedAt: row.published_at,
      dateSource: row.date_source,
      format: row.format,
    },
  };
}
