import type { FailedJob, JobState, QueueCounts, WorkerLease } from "./job.js";
import type { PgQueue } from "./pg-queue.js";

/** What `annals queue` shows: jobs per state, the job the saving waits for, who holds what, what failed. */
export interface QueueStatus {
  counts: QueueCounts;
  /** The oldest open job (saved next once analysed), or null when the queue is drained. */
  head: { job_id: string; origin: string; state: JobState; attempts: number } | null;
  workers: WorkerLease[];
  failed: FailedJob[];
}

/** Reads the queue's state; `failedLimit` caps the failed jobs listed (their count is always exact). */
export async function queueStatus(queue: PgQueue, failedLimit: number): Promise<QueueStatus> {
  const [counts, head, workers, failed] = await Promise.all([
    queue.counts(),
    queue.head(),
    queue.workers(),
    failedLimit > 0 ? queue.failed(failedLimit) : Promise.resolve([]),
  ]);
  return {
    counts,
    head: head ? { job_id: head.job_id, origin: head.origin, state: head.state, attempts: head.attempts } : null,
    workers,
    failed,
  };
}

const STATES: JobState[] = ["queued", "running", "analysed", "done", "failed"];

function lease(seconds: number): string {
  return seconds < 0 ? `lease expired ${-seconds} s ago` : `lease ends in ${seconds} s`;
}

/** The status as lines for a terminal. */
export function statusLines(s: QueueStatus): string[] {
  const width = Math.max(...STATES.map((k) => String(s.counts[k]).length));
  const lines = STATES.map((k) => `${k.padEnd(9)} ${String(s.counts[k]).padStart(width)}`);
  lines.push(
    s.head
      ? `next to save: job ${s.head.job_id} ${s.head.origin} (${s.head.state}, attempt ${s.head.attempts})`
      : "next to save: nothing open",
  );
  if (s.workers.length > 0) {
    lines.push("workers:");
    const name = Math.max(...s.workers.map((w) => w.worker_id.length));
    for (const w of s.workers) {
      lines.push(`  ${w.worker_id.padEnd(name)}  ${w.running} running, ${lease(w.lease_seconds)}`);
    }
  }
  if (s.failed.length > 0) {
    const more = s.counts.failed - s.failed.length;
    lines.push(`failed${more > 0 ? ` (oldest ${s.failed.length} of ${s.counts.failed})` : ""}:`);
    for (const f of s.failed) {
      lines.push(
        `  job ${f.job_id} ${f.origin} (${f.attempts} attempt${f.attempts === 1 ? "" : "s"}): ${f.last_error ?? "no error recorded"}`,
      );
    }
  }
  return lines;
}
