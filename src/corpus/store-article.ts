import type { KnowledgeBase } from "../actors/kb.js";
import { analyzeDocument } from "../analyze.js";
import type { RawArticle } from "../ingest/article.js";
import type { DocumentBundle, SaveResult, Store } from "../store/store.js";
import { toBundle } from "./bundle.js";

/** What storing one article did. */
export interface StoredArticle extends SaveResult {
  /** Events coded in the article. */
  events: number;
}

/**
 * Analyses one article into everything it adds to the store. Needs no store: workers run it in
 * parallel and save the bundles one at a time with `saveBundle`.
 *
 * @example const bundle = codeArticle(article, contentHash(article.text), kb);
 */
export function codeArticle(article: RawArticle, hash: string, kb: KnowledgeBase): DocumentBundle {
  const analysis = analyzeDocument(article.text, {
    publishedAt: article.publishedAt,
    title: article.title,
    url: article.url,
    kb,
  });
  return toBundle(article, analysis, hash);
}

/**
 * Saves a bundle in one transaction (idempotent by content hash), its events merged across
 * articles with the stored reports of the same events (docs/merging.md): the events stored are a
 * function of the set of documents, whatever order or however many writers stored them.
 */
export async function saveBundle(store: Store, bundle: DocumentBundle): Promise<SaveResult> {
  return store.saveDocument(bundle, { merge: true }); // regrouped inside the write transaction
}

/**
 * Analyses one article and stores it. The caller checks `store.hasDocument(hash)` first when it
 * wants to skip the analysis of a stored article.
 *
 * @example const { doc_id, created } = await storeArticle(store, article, contentHash(article.text), kb);
 */
export async function storeArticle(
  store: Store,
  article: RawArticle,
  hash: string,
  kb: KnowledgeBase,
): Promise<StoredArticle> {
  const bundle = codeArticle(article, hash, kb);
  return { ...(await saveBundle(store, bundle)), events: bundle.events.length };
}
