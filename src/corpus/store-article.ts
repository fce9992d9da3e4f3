import type { KnowledgeBase } from "../actors/kb.js";
import { analyzeDocument } from "../analyze.js";
import type { RawArticle } from "../ingest/article.js";
import type { Store } from "../store/store.js";
import { toBundle } from "./bundle.js";
import { joinStoredEvents } from "./join-events.js";

/** What storing one article did. */
export interface StoredArticle {
  doc_id: string;
  /** False when the same text was already stored (nothing written). */
  created: boolean;
  /** Events coded in the article. */
  events: number;
}

/**
 * Analyses one article, joins its events to the stored canonical events they report, and saves it
 * in one transaction (idempotent by content hash). The caller checks `store.hasDocument(hash)`
 * first when it wants to skip the analysis of a stored article. `serialize` wraps the join and the
 * save (not the analysis): concurrent writers pass a lock there, so that two reports of one event
 * stored at the same moment still find each other.
 *
 * @example const { doc_id, created } = await storeArticle(store, article, contentHash(article.text), kb);
 */
export async function storeArticle(
  store: Store,
  article: RawArticle,
  hash: string,
  kb: KnowledgeBase,
  serialize: <T>(write: () => Promise<T>) => Promise<T> = (write) => write(),
): Promise<StoredArticle> {
  const analysis = analyzeDocument(article.text, {
    publishedAt: article.publishedAt,
    title: article.title,
    url: article.url,
    kb,
  });
  const bundle = toBundle(article, analysis, hash);
  const saved = await serialize(async () =>
    store.saveDocument({ ...bundle, events: await joinStoredEvents(store, bundle.events) }),
  );
  return { doc_id: saved.doc_id, created: saved.created, events: analysis.record.events.length };
}
