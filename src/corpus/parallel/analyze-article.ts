import type { KnowledgeBase } from "../../actors/kb.js";
import { analyzeDocument } from "../../analyze.js";
import type { RawArticle } from "../../ingest/article.js";
import type { TimexRecord } from "../../model/records.js";
import type { DocumentBundle } from "../../store/store.js";
import { toBundle } from "../bundle.js";
import { attachedFromEvents } from "../dating/attached.js";

/**
 * What analysing one article gave: the bundle to store, or why it failed. `timexes` are kept for
 * an undated article only, and only those inside its event mentions: all that dating the document
 * later reads (src/corpus/dating), so it need not run the pipeline again.
 */
export type ArticleOutcome =
  | {
      kind: "analysed";
      bundle: DocumentBundle;
      timexes: TimexRecord[];
      /** Per event mention, the time expressions the coder attached (see dating/attached.ts); undated only. */
      attached: Record<string, string[]>;
    }
  | { kind: "failed"; reason: string };

/**
 * Runs the pipeline on one article and builds its bundle; the same work in this thread or in a
 * worker thread. A bug that throws on one article fails that article only.
 *
 * @example analyzeArticle(article, contentHash(article.text), loadKnowledgeBase()).kind // "analysed"
 */
export function analyzeArticle(article: RawArticle, hash: string, kb: KnowledgeBase): ArticleOutcome {
  try {
    const analysis = analyzeDocument(article.text, {
      publishedAt: article.publishedAt,
      title: article.title,
      url: article.url,
      kb,
    });
    const bundle = toBundle(article, analysis, hash);
    const spans = bundle.events.flatMap((e) => e.event.mentions);
    const timexes = article.publishedAt
      ? []
      : analysis.record.timexes.filter((t) => spans.some((m) => t.start >= m.start && t.end <= m.end));
    const attached = article.publishedAt ? {} : attachedFromEvents(analysis.doc.get("events"));
    return { kind: "analysed", bundle, timexes, attached };
  } catch (error) {
    return { kind: "failed", reason: `analysis failed: ${oneLineError(error)}` };
  }
}

/** An error as one line, for a rejection reason. */
export function oneLineError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").trim() || "unknown error";
}
