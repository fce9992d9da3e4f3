import type { Database } from "better-sqlite3";
import { documentRow } from "../rows.js";
import type { DocumentBundle } from "../store.js";
import { packLayers } from "./packed-layers.js";

/** Writes a new document's own row and its layers (sentences, mentions, messages). */
export type DocumentRows = (bundle: DocumentBundle, docId: string, ingestedAt: string) => void;

/** The document row of this schema: its layers packed on it (schema step 14, packed-layers.ts). */
export function packedDocumentRows(db: Database): DocumentRows {
  const insert = db.prepare<[Record<string, unknown>]>(`INSERT INTO documents (doc_id, content_hash, origin, title,
      source, url, external_id, published_at, date_source, format, language, text, ingested_at, event_count,
      sentence_layer, mention_layer, message_layer)
    VALUES (@doc_id, @content_hash, @origin, @title, @source, @url, @external_id, @published_at, @date_source,
      @format, @language, @text, @ingested_at, @event_count, @sentence_layer, @mention_layer, @message_layer)`);
  return (bundle, docId, ingestedAt) => {
    const layers = packLayers(bundle.sentences, bundle.mentions, bundle.messages);
    insert.run({
      ...documentRow(docId, bundle, ingestedAt),
      sentence_layer: layers.sentences,
      mention_layer: layers.mentions,
      message_layer: layers.messages,
    });
  };
}
