/**
 * The job queue's statements, all parameterised. A job is claimable when queued, or running with an
 * expired lease (its worker died or hung). Claims lock rows with SKIP LOCKED, so concurrent workers
 * never take the same job and never wait on each other. An analysed job waits, with its bundle, to
 * be saved in job order; queued, running and analysed jobs are "open".
 */

const FIELDS = "content_hash origin text title source url external_id published_at date_source format attempts".split(
  " ",
);

/** The columns a claimed job is read from, of the table aliased `j`. */
const JOB_COLUMNS = ["j.job_id::text AS job_id", ...FIELDS.map((f) => `j.${f}`)].join(", ");

/** $1 hash, $2 origin, $3 text, $4 title, $5 source, $6 url, $7 external id, $8 published, $9 date source, $10 format. */
export const ENQUEUE = `
  INSERT INTO queue_jobs (content_hash, origin, text, title, source, url, external_id, published_at, date_source, format)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
  ON CONFLICT (content_hash) DO UPDATE
    SET state = 'queued', attempts = 0, last_error = NULL, worker_id = NULL, lease_until = NULL,
        origin = EXCLUDED.origin, text = EXCLUDED.text, enqueued_at = now()
    WHERE queue_jobs.state = 'failed'
  RETURNING (xmax = 0) AS inserted`;

/** Jobs whose lease expired on their last allowed attempt fail instead of running again. $1 max attempts. */
export const FAIL_EXPIRED = `
  UPDATE queue_jobs
     SET state = 'failed', lease_until = NULL, finished_at = now(),
         last_error = 'lease expired on attempt ' || attempts || ' of ' || $1::int
                      || ': worker ' || coalesce(worker_id, '?') || ' stopped or hung'
                      || coalesce(' (earlier: ' || last_error || ')', '')
   WHERE state = 'running' AND lease_until < now() AND attempts >= $1`;

/**
 * $1 how many, $2 lease seconds, $3 worker id, $4 true: only jobs older than every analysed one
 * (those that hold the saving up, when too many analyses wait).
 */
export const CLAIM = `
  WITH next AS (
    SELECT job_id FROM queue_jobs
     WHERE (state = 'queued' OR (state = 'running' AND lease_until < now()))
       AND (NOT $4::boolean OR job_id < (SELECT min(job_id) FROM queue_jobs WHERE state = 'analysed'))
     ORDER BY job_id
     LIMIT $1
     FOR UPDATE SKIP LOCKED
  )
  UPDATE queue_jobs j
     SET state = 'running', attempts = j.attempts + 1, worker_id = $3, started_at = now(),
         lease_until = now() + make_interval(secs => $2)
    FROM next
   WHERE j.job_id = next.job_id
  RETURNING ${JOB_COLUMNS}`;

/** $1 job, $2 worker, $3 lease seconds: a row while the worker still holds the job. */
export const RENEW = `
  UPDATE queue_jobs SET lease_until = now() + make_interval(secs => $3)
   WHERE job_id = $1 AND worker_id = $2 AND state = 'running'
  RETURNING job_id`;

/** $1 job, $2 worker, $3 bundle (JSON): a row while the worker still held the job. */
export const ANALYSED = `
  UPDATE queue_jobs SET state = 'analysed', bundle = $3::json, lease_until = NULL
   WHERE job_id = $1 AND worker_id = $2 AND state = 'running'
  RETURNING job_id`;

/** The oldest open job: the next to save when it is analysed, else what the saving waits for. */
export const HEAD = `
  SELECT job_id::text AS job_id, origin, state, bundle, attempts FROM queue_jobs
   WHERE state IN ('queued', 'running', 'analysed')
   ORDER BY queue_jobs.job_id LIMIT 1`;

/** $1 job, $2 document id. The article is in the store: done; its text and bundle are dropped. */
export const COMPLETE = `
  UPDATE queue_jobs
     SET state = 'done', doc_id = $2, text = '', bundle = NULL, lease_until = NULL, finished_at = now(),
         last_error = NULL
   WHERE job_id = $1 AND state <> 'done'`;

/**
 * $1 job, $2 worker, $3 error, $4 max attempts. Only the job's current holder may fail a running job;
 * an analysed job that could not be saved is failed with a null worker.
 */
export const FAIL = `
  UPDATE queue_jobs
     SET state = CASE WHEN attempts >= $4 THEN 'failed' ELSE 'queued' END,
         last_error = $3, lease_until = NULL, bundle = NULL,
         finished_at = CASE WHEN attempts >= $4 THEN now() END
   WHERE job_id = $1 AND ((state = 'running' AND worker_id = $2) OR (state = 'analysed' AND $2::text IS NULL))
  RETURNING state`;

/** $1 job ids, $2 worker: claimed but never started (the worker is stopping), so the attempt is not counted. */
export const RELEASE = `
  UPDATE queue_jobs SET state = 'queued', attempts = attempts - 1, lease_until = NULL, worker_id = NULL
   WHERE job_id = ANY($1::bigint[]) AND worker_id = $2 AND state = 'running'`;

/** True while any job is open (uses the partial index, however many jobs are done). */
export const HAS_OPEN =
  "SELECT EXISTS (SELECT 1 FROM queue_jobs WHERE state IN ('queued', 'running', 'analysed')) AS open";

/** $1 limit: analysed jobs waiting to be saved, counted up to the limit. */
export const WAITING = "SELECT count(*)::int AS n FROM (SELECT 1 FROM queue_jobs WHERE state = 'analysed' LIMIT $1) w";

/** $1: whether undated documents must be dated again (set on each save, cleared after dating). */
export const SET_DATING_DUE = "UPDATE queue_dating SET due = $1 WHERE id = 1";
export const DATING_DUE = "SELECT due FROM queue_dating WHERE id = 1";

export const COUNTS = "SELECT state, count(*)::int AS n FROM queue_jobs GROUP BY state";

/** Running jobs per worker, with the seconds left on the lease that ends first (negative: expired). */
export const WORKERS = `
  SELECT worker_id, count(*)::int AS running,
         floor(extract(epoch FROM min(lease_until) - now()))::int AS lease_seconds
    FROM queue_jobs WHERE state = 'running'
   GROUP BY worker_id ORDER BY worker_id`;

/** $1 limit. */
export const FAILED = `
  SELECT job_id::text AS job_id, origin, attempts, last_error FROM queue_jobs
   WHERE state = 'failed' ORDER BY queue_jobs.job_id LIMIT $1`;
