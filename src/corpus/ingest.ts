import type { RawArticle, Rejection } from "../ingest/article.js";
import { readInputs } from "../ingest/read.js";
import type { ReadOptions } from "../ingest/result.js";
import type { Store } from "../store/store.js";
import { contentHash } from "./content-hash.js";
import { inferUndatedDocuments } from "./dating/infer.js";
import { type Analysed, createIngestWriter, type StoredListener } from "./ingest-writer.js";
import type { ArticleOutcome } from "./parallel/analyze-article.js";
import { createAnalyzer, defaultWorkers, type Ticket, WORKER_BACKLOG } from "./parallel/analyzer.js";

export interface IngestSummary {
  /** Articles read from the inputs. */
  read: number;
  stored: number;
  /** Already in the store (same content hash): skipped. */
  duplicates: number;
  rejected: Rejection[];
  events: number;
  bytes: number;
  seconds: number;
  /** Origin of the input handled last (`path`, `path:line`, `path#item-2`), for progress displays. */
  current: string | null;
}

export type ProgressListener = (summary: IngestSummary) => void;

export interface IngestOptions extends ReadOptions {
  /**
   * Analysis threads, this one included: 1 analyses in this thread, N adds N - 1 worker threads
   * (this thread then analyses what they have no room for). Default: one per core.
   */
  workers?: number;
  /**
   * Articles read ahead of the writer, at most (default: two batches and a backlog for each worker
   * thread): what bounds memory. The writer takes half of it per transaction, up to 128 documents.
   */
  window?: number;
  /** Stops reading when aborted: what was read is still stored, the next run takes up the rest. */
  signal?: AbortSignal;
  /** Told of each document once committed, with the milliseconds since it was read (latency). */
  onStored?: StoredListener;
}

interface InFlight {
  article: RawArticle;
  hash: string;
  readAt: number;
  ticket: Ticket;
}

/**
 * Documents stored per transaction, at most. Each commit writes every page its documents touched;
 * pages several documents share (the ends of tables, actors, the full-text index's new segment) are
 * written once per commit, so larger batches write less (64 → 256 cut the bytes written by a third)
 * but hold more analysed documents in memory: 128 keeps two threads under 500 MB over 50,000 articles.
 */
const BATCH = 128;

/**
 * Reads every input, analyses each new article (on worker threads and in this one) and stores it
 * whole: documents are written in input order, a few per transaction, so an interrupted run leaves
 * whole documents only and the next run resumes where it stopped. Reading stops while `window`
 * articles wait for analysis or storage, so memory stays bounded on inputs of any size. Bad inputs
 * are collected, never fatal. After a run that stored anything, undated documents are dated again
 * from the corpus (src/corpus/dating).
 *
 * @example const summary = await ingest(store, ["articles/"], { workers: 2 });
 */
export async function ingest(
  store: Store,
  inputs: string[],
  options: IngestOptions = {},
  onProgress?: ProgressListener,
): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = {
    read: 0,
    stored: 0,
    duplicates: 0,
    rejected: [],
    events: 0,
    bytes: 0,
    seconds: 0,
    current: null,
  };
  const workers = Math.max(1, options.workers ?? defaultWorkers());
  // at least two full batches: fewer, larger commits cost the writer less per document
  const window = Math.max(1, options.window ?? Math.max(2 * BATCH + WORKER_BACKLOG * (workers - 1), 32 * workers));
  const analyzer = await createAnalyzer(store, workers); // the knowledge base is built once per thread
  const writer = createIngestWriter(store, summary, options.onStored);
  const queue: InFlight[] = [];
  const hashes = new Set<string>(); // in flight: a second copy is a duplicate before the first is stored
  // the writer takes the oldest articles once all are analysed (analysing here what was left to this
  // thread, and later ones while a worker's answer is awaited), while the workers go on with the rest
  const flush = async (count: number) => {
    const items = queue.splice(0, count);
    await analyzer.help(() => items.every((item) => item.ticket.settled));
    const outcomes = await Promise.all(items.map((item) => item.ticket.outcome));
    await writer.write(
      items.map(
        (item, i): Analysed => ({
          article: item.article,
          outcome: outcomes[i] as ArticleOutcome,
          readAt: item.readAt,
        }),
      ),
    );
    for (const item of items) hashes.delete(item.hash);
  };
  const batch = Math.min(BATCH, Math.ceil(window / 2));
  try {
    for await (const result of readInputs(inputs, options)) {
      if (options.signal?.aborted) break;
      if (result.kind === "rejected") {
        summary.rejected.push(result.rejection);
      } else {
        const article = result.article;
        summary.read++;
        summary.bytes += Buffer.byteLength(article.text);
        const hash = contentHash(article.text);
        if (hashes.has(hash) || (await store.hasDocument(hash))) {
          summary.duplicates++;
        } else {
          hashes.add(hash);
          queue.push({ article, hash, readAt: performance.now(), ticket: analyzer.analyze(article, hash) });
          if (queue.length >= window) await flush(batch);
        }
      }
      summary.seconds = (performance.now() - started) / 1000;
      summary.current = result.kind === "rejected" ? result.rejection.origin : result.article.origin;
      onProgress?.(summary);
    }
    while (queue.length > 0) await flush(batch);
  } finally {
    await analyzer.close();
  }
  // new reports can date undated articles
  if (summary.stored > 0) await inferUndatedDocuments(store);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
