import { contentHash } from "../corpus/content-hash.js";
import type { Rejection } from "../ingest/article.js";
import { readInputs } from "../ingest/read.js";
import type { ReadOptions } from "../ingest/result.js";
import type { PgQueue } from "./pg-queue.js";

export interface EnqueueSummary {
  /** Articles read from the inputs. */
  read: number;
  /** New jobs. */
  queued: number;
  /** Articles that had failed, queued again for new attempts. */
  requeued: number;
  /** Already queued, running or done (same content hash): nothing added. */
  duplicates: number;
  rejected: Rejection[];
  seconds: number;
}

/**
 * Reads every input and queues each article for the workers, without analysing it. Bad inputs are
 * collected as in `ingest`, never fatal. With `isStored` (the store's `hasDocument`), articles
 * already in the store are not queued.
 *
 * @example const s = await enqueueInputs(queue, ["samples"]); // s.queued === 22 on an empty queue
 */
export async function enqueueInputs(
  queue: PgQueue,
  inputs: string[],
  options: ReadOptions = {},
  isStored: (hash: string) => Promise<boolean> = async () => false,
): Promise<EnqueueSummary> {
  const started = performance.now();
  const s: EnqueueSummary = { read: 0, queued: 0, requeued: 0, duplicates: 0, rejected: [], seconds: 0 };
  for await (const result of readInputs(inputs, options)) {
    if (result.kind === "rejected") {
      s.rejected.push(result.rejection);
      continue;
    }
    s.read++;
    const hash = contentHash(result.article.text);
    const outcome = (await isStored(hash)) ? "duplicate" : await queue.enqueue(result.article, hash);
    if (outcome === "duplicate") s.duplicates++;
    else s[outcome]++;
  }
  s.seconds = (performance.now() - started) / 1000;
  return s;
}

/** The one-line summary of an enqueue run. */
export function enqueueLine(s: EnqueueSummary): string {
  const again = s.requeued > 0 ? `, ${s.requeued} failed before and queued again` : "";
  return `queued ${s.queued} of ${s.read} articles${again}: ${s.duplicates} already queued or stored, ${s.rejected.length} rejected; ${s.seconds.toFixed(1)} s`;
}
