import { setImmediate as nextTurn } from "node:timers/promises";
import type { RawArticle } from "../ingest/article.js";
import type { Store } from "../store/store.js";
import type { IngestSummary } from "./ingest.js";
import type { ArticleOutcome } from "./parallel/analyze-article.js";
import { saveBundle } from "./store-article.js";

/** An article whose analysis is done, waiting to be stored. */
export interface Analysed {
  article: RawArticle;
  outcome: ArticleOutcome;
  /** When it was read (`performance.now()`), for the latency of `onStored`. */
  readAt: number;
}

/** Told of each document stored, once committed, with the milliseconds since it was read. */
export type StoredListener = (origin: string, latencyMs: number) => void;

/** The single writer of an ingest run. */
export interface IngestWriter {
  /** Stores `items` in their order, in one store batch when the store groups writes. */
  write(items: Analysed[]): Promise<void>;
}

/**
 * The writer of an ingest run: the one place analysed articles reach the store, in input order,
 * so a run gives the same corpus whatever the number of analysis workers. Counts land in `summary`;
 * an article whose analysis failed is rejected (code `analysis`) and the run goes on.
 */
export function createIngestWriter(store: Store, summary: IngestSummary, onStored?: StoredListener): IngestWriter {
  const storeOne = async ({ article, outcome }: Analysed): Promise<boolean> => {
    if (outcome.kind === "failed") {
      summary.rejected.push({ origin: article.origin, code: "analysis", reason: outcome.reason });
      return false;
    }
    const saved = await saveBundle(store, outcome.bundle);
    if (!saved.created) {
      summary.duplicates++;
      return false;
    }
    summary.stored++;
    summary.events += outcome.bundle.events.length;
    return true;
  };
  return {
    async write(items) {
      const stored: Analysed[] = [];
      const run = async () => {
        for (const [i, item] of items.entries()) {
          if (await storeOne(item)) stored.push(item);
          if (i % 16 === 15) await nextTurn(); // analysis workers' answers come in, and they are handed more
        }
      };
      // a failed document fails the batch (and the run) anyway: no need for each to be atomic apart
      await (store.writeBatch ? store.writeBatch(run, { perDocument: false }) : run());
      const now = performance.now();
      for (const item of onStored ? stored : []) onStored?.(item.article.origin, now - item.readAt);
    },
  };
}
