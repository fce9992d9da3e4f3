import { knowledgeBaseFor } from "../actors/import/store-kb.js";
import type { Rejection } from "../ingest/article.js";
import { readInputs } from "../ingest/read.js";
import type { ReadOptions } from "../ingest/result.js";
import type { Store } from "../store/store.js";
import { contentHash } from "./content-hash.js";
import { inferUndatedDocuments } from "./dating/infer.js";
import { storeArticle } from "./store-article.js";

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

/**
 * Reads every input, analyses each new article and stores it in its own transaction, so an
 * interrupted run leaves whole documents only and the next run resumes where it stopped.
 * Bad inputs are collected, never fatal. After a run that stored anything, undated documents are
 * dated again from the corpus (src/corpus/dating).
 */
export async function ingest(
  store: Store,
  inputs: string[],
  options: ReadOptions = {},
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
  const kb = await knowledgeBaseFor(store); // built-in + imported dictionaries, built once per run
  for await (const result of readInputs(inputs, options)) {
    if (result.kind === "rejected") {
      summary.rejected.push(result.rejection);
    } else {
      const article = result.article;
      summary.read++;
      summary.bytes += Buffer.byteLength(article.text);
      const hash = contentHash(article.text);
      if (await store.hasDocument(hash)) {
        summary.duplicates++;
      } else {
        const saved = await storeArticle(store, article, hash, kb);
        if (saved.created) {
          summary.stored++;
          summary.events += saved.events;
        } else {
          summary.duplicates++;
        }
      }
    }
    summary.seconds = (performance.now() - started) / 1000;
    summary.current = result.kind === "rejected" ? result.rejection.origin : result.article.origin;
    onProgress?.(summary);
  }
  if (summary.stored > 0) await inferUndatedDocuments(store); // new reports can date undated articles
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
