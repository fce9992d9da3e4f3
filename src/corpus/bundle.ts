import type { Analysis } from "../analyze.js";
import type { RawArticle } from "../ingest/article.js";
import type { DocumentBundle } from "../store/store.js";
import { datingEvidenceOf } from "./dating/attached.js";
import { storeKey } from "./store-key.js";

/** Everything one analysed article adds to the store; for an undated one, what dating will read too. */
export function toBundle(article: RawArticle, analysis: Analysis, hash: string): DocumentBundle {
  const { doc, record } = analysis;
  return {
    document: {
      content_hash: hash,
      origin: article.origin,
      title: article.title,
      source: article.source,
      url: article.url,
      external_id: article.externalId,
      published_at: article.publishedAt ? article.publishedAt.slice(0, 10) : null,
      date_source: article.dateSource,
      format: article.format,
      language: record.language,
      text: article.text,
    },
    sentences: doc.get("sentences").map((s) => ({ index: s.index, start: s.start, end: s.end })),
    mentions: doc
      .get("entities")
      .map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, actor_id: e.actorId, rule: e.rule })),
    actors: analysis.observations,
    events: record.events.map((event) => ({ merge_key: storeKey(event, hash), event })),
    messages: record.messages,
    // dating reads it later, instead of analysing the text again (src/corpus/dating)
    ...(article.publishedAt ? {} : { dating: datingEvidenceOf(analysis) }),
  };
}
