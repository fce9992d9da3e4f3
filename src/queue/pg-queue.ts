import pg from "pg";
import type { RawArticle } from "../ingest/article.js";
import { migrateQueue } from "../store/postgres/queue-migrations.js";
import * as sql from "../store/postgres/queue-sql.js";
import { redactUrl } from "../store/postgres/redact.js";
import { tryWithLock } from "./advisory-lock.js";
import type { EnqueueOutcome, FailedJob, FailOutcome, HeadJob, Job, JobRow, QueueCounts, WorkerLease } from "./job.js";
import { toJob } from "./job.js";

/** Attempts a job gets before it is marked failed, unless the queue is opened with another limit. */
export const DEFAULT_MAX_ATTEMPTS = 3;

export interface QueueOptions {
  /** Attempts before a job fails for good (default 3): a lease that expires counts as one. */
  maxAttempts?: number;
  /** Connections in the pool (default 4). */
  poolSize?: number;
  /** Names the connections in `pg_stat_activity.application_name` (e.g. `annals worker host:42`). */
  name?: string;
}

/**
 * The article queue in PostgreSQL (table `queue_jobs`). Enqueueing is idempotent by content hash;
 * a claim leases jobs to one worker, and a job whose lease expires is claimed again until its
 * attempts run out. Job ids give the order articles are saved in.
 *
 * @example
 * const queue = await openQueue("postgres://localhost/annals");
 * await queue.enqueue(article, contentHash(article.text));
 * const [job] = await queue.claim("host:42", 1, 60);
 */
export class PgQueue {
  readonly maxAttempts: number;

  private constructor(
    private readonly pool: pg.Pool,
    options: QueueOptions,
  ) {
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  }

  /** Connects and brings the queue schema up to date; an error names the URL, its password masked. */
  static async open(url: string, options: QueueOptions = {}): Promise<PgQueue> {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 4,
      ...(options.name ? { application_name: options.name.slice(0, 63) } : {}),
    });
    pool.on("error", () => {}); // an idle connection dropped by the server: the next query reconnects
    try {
      const client = await pool.connect();
      try {
        await migrateQueue(client);
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end();
      const reason = redactUrl((error as Error).message, url);
      throw new Error(`PostgreSQL queue ${redactUrl(url, url)}: ${reason}`, { cause: error });
    }
    return new PgQueue(pool, options);
  }

  /** Adds an article unless the same text is queued, running or done; a failed one is queued again. */
  async enqueue(a: RawArticle, hash: string): Promise<EnqueueOutcome> {
    const values = [a.origin, a.text, a.title, a.source, a.url, a.externalId, a.publishedAt, a.dateSource, a.format];
    const row = (await this.pool.query<{ inserted: boolean }>(sql.ENQUEUE, [hash, ...values])).rows[0];
    return !row ? "duplicate" : row.inserted ? "queued" : "requeued";
  }

  /**
   * Leases up to `limit` claimable jobs to `workerId` for `leaseSeconds`, oldest first; with
   * `blockingOnly`, only jobs older than every analysed one (what the saving waits for).
   */
  async claim(workerId: string, limit: number, leaseSeconds: number, blockingOnly = false): Promise<Job[]> {
    await this.pool.query(sql.FAIL_EXPIRED, [this.maxAttempts]);
    const r = await this.pool.query<JobRow>(sql.CLAIM, [limit, leaseSeconds, workerId, blockingOnly]);
    return r.rows.map(toJob).sort((a, b) => Number(a.job_id) - Number(b.job_id));
  }

  /** Extends the lease; false when the worker no longer holds the job (its lease expired and another took it). */
  async renew(job: Job, workerId: string, leaseSeconds: number): Promise<boolean> {
    return ((await this.pool.query(sql.RENEW, [job.job_id, workerId, leaseSeconds])).rowCount ?? 0) > 0;
  }

  /** Keeps a job's analysis until its turn to be saved; false when the worker no longer held the job. */
  async analysed(job: Job, workerId: string, bundle: unknown): Promise<boolean> {
    const r = await this.pool.query(sql.ANALYSED, [job.job_id, workerId, JSON.stringify(bundle)]);
    return (r.rowCount ?? 0) > 0;
  }

  /** The oldest open job, or null when none is open. */
  async head(): Promise<HeadJob | null> {
    return (await this.pool.query<HeadJob>(sql.HEAD)).rows[0] ?? null;
  }

  /** Marks a job done: its article is stored as `docId`. */
  async complete(jobId: string, docId: string): Promise<void> {
    await this.pool.query(sql.COMPLETE, [jobId, docId]);
  }

  /**
   * Records a failed attempt: the job is queued again, or failed after its last attempt; null when
   * `workerId` no longer holds it. An analysed job that could not be saved is failed with `workerId` null.
   */
  async fail(jobId: string, workerId: string | null, error: string): Promise<FailOutcome | null> {
    const line = error.replace(/\s+/g, " ").trim().slice(0, 500);
    const r = await this.pool.query<{ state: FailOutcome }>(sql.FAIL, [jobId, workerId, line, this.maxAttempts]);
    return r.rows[0]?.state ?? null;
  }

  /** Gives back jobs claimed but not started, without counting an attempt. */
  async release(jobs: Job[], workerId: string): Promise<void> {
    if (jobs.length > 0) await this.pool.query(sql.RELEASE, [jobs.map((j) => j.job_id), workerId]);
  }

  /** True while a job is queued, running or analysed anywhere. */
  async hasOpenJobs(): Promise<boolean> {
    return (await this.pool.query<{ open: boolean }>(sql.HAS_OPEN)).rows[0]?.open ?? false;
  }

  /** Analysed jobs waiting for their turn to be saved, counted up to `limit`. */
  async waiting(limit: number): Promise<number> {
    return (await this.pool.query<{ n: number }>(sql.WAITING, [limit])).rows[0]?.n ?? 0;
  }

  /** Whether documents were saved since undated documents were last dated. */
  async datingDue(): Promise<boolean> {
    return (await this.pool.query<{ due: boolean }>(sql.DATING_DUE)).rows[0]?.due ?? false;
  }

  async setDatingDue(due: boolean): Promise<void> {
    await this.pool.query(sql.SET_DATING_DUE, [due]);
  }

  /** Jobs per state. */
  async counts(): Promise<QueueCounts> {
    const counts: QueueCounts = { queued: 0, running: 0, analysed: 0, done: 0, failed: 0 };
    for (const row of (await this.pool.query<{ state: keyof QueueCounts; n: number }>(sql.COUNTS)).rows) {
      counts[row.state] = row.n;
    }
    return counts;
  }

  /** The workers holding running jobs, by name. */
  async workers(): Promise<WorkerLease[]> {
    return (await this.pool.query<WorkerLease>(sql.WORKERS)).rows;
  }

  /** The jobs that failed for good, oldest first. */
  async failed(limit = 100): Promise<FailedJob[]> {
    return (await this.pool.query<FailedJob>(sql.FAILED, [limit])).rows;
  }

  /** Runs `fn` unless another session anywhere holds the advisory lock `key` (see `tryWithLock`). */
  tryExclusive<T>(key: number, fn: () => Promise<T>) {
    return tryWithLock(this.pool, key, fn);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Opens the queue of a `postgres://` URL. */
export function openQueue(url: string, options: QueueOptions = {}): Promise<PgQueue> {
  return PgQueue.open(url, options);
}
