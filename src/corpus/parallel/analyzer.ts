import { availableParallelism } from "node:os";
import { knowledgeBaseFrom } from "../../actors/import/store-kb.js";
import type { RawArticle } from "../../ingest/article.js";
import type { KbStore } from "../../store/kb-store.js";
import { type ArticleOutcome, analyzeArticle } from "./analyze-article.js";
import { AnalysisPool } from "./pool.js";

/** Where ingest sends articles to be analysed: this thread, or a pool of worker threads. */
export interface Analyzer {
  /** Worker threads analysing (0: this thread). */
  readonly threads: number;
  analyze(article: RawArticle, hash: string): Promise<ArticleOutcome>;
  close(): Promise<void>;
}

/** The default number of analysis workers: one per core the process may use. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * The analyser for `workers`: 1 analyses in this thread (no thread start-up, no copying), more
 * start that many worker threads. Either way the knowledge base is the built-in one extended with
 * what the store imported, read from the store once.
 *
 * @example const analyzer = await createAnalyzer(store, 2); await analyzer.analyze(article, hash);
 */
export async function createAnalyzer(store: KbStore, workers: number): Promise<Analyzer> {
  const imported = await store.listKbActors();
  if (workers <= 1) {
    const kb = knowledgeBaseFrom(imported);
    return {
      threads: 0,
      analyze: async (article, hash) => analyzeArticle(article, hash, kb),
      close: async () => {},
    };
  }
  const pool = new AnalysisPool({ size: workers, setup: { imported } });
  return { threads: workers, analyze: (article, hash) => pool.analyze(article, hash), close: () => pool.close() };
}
