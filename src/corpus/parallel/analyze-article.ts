import type { KnowledgeBase } from "../../actors/kb.js";
import type { RawArticle } from "../../ingest/article.js";
import type { DocumentBundle } from "../../store/store.js";
import { codeArticle } from "../store-article.js";

/** What analysing one article gave: the bundle to store, or why it failed. */
export type ArticleOutcome = { kind: "analysed"; bundle: DocumentBundle } | { kind: "failed"; reason: string };

/**
 * Runs the pipeline on one article and builds its bundle; the same work in this thread or in a
 * worker thread. A bug that throws on one article fails that article only.
 *
 * @example analyzeArticle(article, contentHash(article.text), loadKnowledgeBase()).kind // "analysed"
 */
export function analyzeArticle(article: RawArticle, hash: string, kb: KnowledgeBase): ArticleOutcome {
  try {
    return { kind: "analysed", bundle: codeArticle(article, hash, kb) };
  } catch (error) {
    return { kind: "failed", reason: `analysis failed: ${oneLineError(error)}` };
  }
}

/** An error as one line, for a rejection reason. */
export function oneLineError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").trim() || "unknown error";
}
