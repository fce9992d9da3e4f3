import pg from "pg";
import type { RawArticle } from "../ingest/article.js";
import { migrateQueue } from "../store/postgres/queue-migrations.js";
import * as sql from "../store/postgres/queue-sql.js";
import type { EnqueueOutcome, FailedJob, FailOutcome, Job, QueueCounts } from "./job.js";

/** Attempts a job gets before it is marked failed, unless the queue is opened with another limit. */
export const DEFAULT_MAX_ATTEMPTS = 3;

export interface QueueOptions {
  /** Attempts before a job fails for good (default 3): a lease that expires counts as one. */
  maxAttempts?: number;
  /** Connections in the pool (default 4). */
  poolSize?: number;
}

interface JobRow extends Omit<RawArticle, "externalId" | "publishedAt" | "dateSource"> {
  job_id: string;
  content_hash: string;
  external_id: string | null;
  published_at: string | null;
  date_source: string | null;
  attempts: number;
}

/**
 * The article queue in PostgreSQL (table `queue_jobs`). Enqueueing is idempotent by content hash;
 * a claim leases jobs to one worker, and a job whose lease expires is claimed again until its
 * attempts run out.
 *
 * @example
 * const queue = await openQueue("postgres://localhost/annals");
 * await queue.enqueue(article, hash);
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

  /** Connects and brings the queue schema up to date. */
  static async open(url: string, options: QueueOptions = {}): Promise<PgQueue> {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4 });
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
      throw error;
    }
    return new PgQueue(pool, options);
  }

  /** Adds an article unless the same text is queued, running or done; a failed one is queued again. */
  async enqueue(a: RawArticle, hash: string): Promise<EnqueueOutcome> {
    const r = await this.pool.query<{ inserted: boolean }>(sql.ENQUEUE, [
      hash,
      a.origin,
      a.text,
      a.title,
      a.source,
      a.url,
      a.externalId,
      a.publishedAt,
      a.dateSource,
      a.format,
    ]);
    const row = r.rows[0];
    return !row ? "duplicate" : row.inserted ? "queued" : "requeued";
  }

  /** Leases up to `limit` claimable jobs to `workerId` for `leaseSeconds`, oldest first. */
  async claim(workerId: string, limit: number, leaseSeconds: number): Promise<Job[]> {
    await this.pool.query(sql.FAIL_EXPIRED, [this.maxAttempts]);
    const r = await this.pool.query<JobRow>(sql.CLAIM, [limit, leaseSeconds, workerId]);
    return r.rows.map(toJob).sort((a, b) => Number(a.job_id) - Number(b.job_id));
  }

  /** Extends the lease; false when the worker no longer holds the job (its lease expired and another took it). */
  async renew(job: Job, workerId: string, leaseSeconds: number): Promise<boolean> {
    return ((await this.pool.query(sql.RENEW, [job.job_id, workerId, leaseSeconds])).rowCount ?? 0) > 0;
  }

  /** Marks a job done: its article is stored as `docId`. */
  async complete(job: Job, docId: string): Promise<void> {
    await this.pool.query(sql.COMPLETE, [job.job_id, docId]);
  }

  /** Records a failed attempt; the job is queued again, or failed when it has had its last attempt. */
  async fail(job: Job, workerId: string, error: string): Promise<FailOutcome | null> {
    const line = error.replace(/\s+/g, " ").trim().slice(0, 500);
    const r = await this.pool.query<{ state: FailOutcome }>(sql.FAIL, [job.job_id, workerId, line, this.maxAttempts]);
    return r.rows[0]?.state ?? null;
  }

  /** Gives back jobs claimed but not started, without counting an attempt. */
  async release(jobs: Job[], workerId: string): Promise<void> {
    if (jobs.length > 0) await this.pool.query(sql.RELEASE, [jobs.map((j) => j.job_id), workerId]);
  }

  /** True while a job is queued or running anywhere. */
  async hasOpenJobs(): Promise<boolean> {
    return (await this.pool.query<{ open: boolean }>(sql.HAS_OPEN)).rows[0]?.open ?? false;
  }

  /** Jobs per state. */
  async counts(): Promise<QueueCounts> {
    const counts: QueueCounts = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const row of (await this.pool.query<{ state: keyof QueueCounts; n: number }>(sql.COUNTS)).rows) {
      counts[row.state] = row.n;
    }
    return counts;
  }

  /** The jobs that failed for good, oldest first. */
  async failed(limit = 100): Promise<FailedJob[]> {
    return (await this.pool.query<FailedJob>(sql.FAILED, [limit])).rows;
  }

  /**
   * Runs `fn` while holding a session advisory lock named by `key` on a connection of its own, so
   * only one worker anywhere runs it at a time; a killed worker's lock goes with its connection.
   */
  async exclusive<T>(key: number, fn: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("SELECT pg_advisory_lock($1)", [key]);
      try {
        return await fn();
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [key]);
      }
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Opens the queue of a `postgres://` URL. */
export function openQueue(url: string, options: QueueOptions = {}): Promise<PgQueue> {
  return PgQueue.open(url, options);
}

function toJob(row: JobRow): Job {
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
