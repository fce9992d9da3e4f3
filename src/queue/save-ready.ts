import { inferUndatedDocuments } from "../corpus/dating/infer.js";
import { saveBundle } from "../corpus/store-article.js";
import type { DocumentBundle, Store } from "../store/store.js";
import type { FailOutcome } from "./job.js";
import type { PgQueue } from "./pg-queue.js";

/** Advisory lock key held while saving analysed jobs, so that one worker anywhere saves at a time. */
export const SAVE_LOCK = 7_340_212;

/** When a worker is stopping (`signal` aborted), it saves no further than its own job `through`. */
export interface SaveStop {
  signal?: AbortSignal | undefined;
  through?: string;
}

/** What one pass of saving did. */
export interface SaveReport {
  /** Documents stored. */
  stored: number;
  /** Already stored (nothing written). */
  skipped: number;
  events: number;
  /** Jobs whose saving failed, each queued again or failed for good. */
  errors: { origin: string; error: string; outcome: FailOutcome | null }[];
  /** Whether undated documents were dated again. */
  dated: boolean;
}

/**
 * Saves analysed jobs strictly in job order, while the oldest open job is analysed; when no job is
 * open any more, dates the undated documents again. Which stored event a report joins depends on
 * the reports stored before it, so this order makes the corpus the same as one `annals ingest` of
 * the same inputs, however many workers analysed them. Returns at once when another worker is
 * saving: that one looks again after letting go of the lock, so no analysed job is left behind.
 * A stopping worker saves up to its own job at most; another worker goes on.
 *
 * @example const report = await saveReady(queue, store); // after marking a job analysed
 */
export async function saveReady(queue: PgQueue, store: Store, stop: SaveStop = {}): Promise<SaveReport> {
  const report: SaveReport = { stored: 0, skipped: 0, events: 0, errors: [], dated: false };
  for (;;) {
    const pass = await queue.tryExclusive(SAVE_LOCK, () => saveHeads(queue, store, report, stop));
    if (!pass.ran || stop.signal?.aborted) return report;
    const head = await queue.head(); // what became ready while the lock was let go
    if (head ? head.state !== "analysed" : !(await queue.datingDue())) return report;
  }
}

async function saveHeads(queue: PgQueue, store: Store, report: SaveReport, stop: SaveStop): Promise<void> {
  let due = false;
  for (;;) {
    const head = await queue.head();
    if (stop.signal?.aborted && (head === null || !stop.through || Number(head.job_id) > Number(stop.through))) return;
    if (head === null) {
      if (await queue.datingDue()) {
        await inferUndatedDocuments(store);
        await queue.setDatingDue(false);
        report.dated = true;
      }
      return;
    }
    if (head.state !== "analysed") return;
    const bundle = head.bundle as DocumentBundle;
    try {
      if (!due) await queue.setDatingDue(true); // before saving: a crash after it still leaves the dating due
      due = true;
      const saved = await saveBundle(store, bundle);
      await queue.complete(head.job_id, saved.doc_id);
      if (saved.created) {
        report.stored++;
        report.events += bundle.events.length;
      } else {
        report.skipped++;
      }
    } catch (e) {
      const error = (e as Error).message ?? String(e);
      report.errors.push({ origin: head.origin, error, outcome: await queue.fail(head.job_id, null, error) });
    }
  }
}
