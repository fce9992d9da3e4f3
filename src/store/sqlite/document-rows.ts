import type { Database, Statement } from "better-sqlite3";
import { packLayers } from "../packed-layers.js";
import { documentRow } from "../rows.js";
import type { DocumentBundle } from "../store.js";
import { INSERT_DOCUMENT_DATING } from "./document-dating-migration.js";

/**
 * Writes a new document's own row, its layers (sentences, mentions, messages) and, undated, the
 * dating evidence kept with it.
 */
export type DocumentRows = (bundle: DocumentBundle, docId: string, ingestedAt: string) => void;

/**
 * The document row of this schema: its layers packed on it (schema step 14, packed-layers.ts), its
 * dating evidence in `document_dating` by storing sequence (step 15).
 */
export function packedDocumentRows(db: Database): DocumentRows {
  const insert = db.prepare<[Record<string, unknown>]>(`INSERT INTO documents (doc_id, content_hash, origin, title,
      source, url, external_id, published_at, date_source, format, language, text, ingested_at, event_count,
      sentence_layer, mention_layer, message_layer)
    VALUES (@doc_id, @content_hash, @origin, @title, @source, @url, @external_id, @published_at, @date_source,
      @format, @language, @text, @ingested_at, @event_count, @sentence_layer, @mention_layer, @message_layer)`);
  let dating: Statement<[number, string]> | null = null; // prepared at the first undated document
  return (bundle, docId, ingestedAt) => {
    const layers = bundle.packed ?? packLayers(bundle.sentences, bundle.mentions, bundle.messages);
    // added to the built row, not spread into another: see docs/performance.md (hidden classes)
    const { lastInsertRowid: seq } = insert.run(
      Object.assign(documentRow(docId, bundle, ingestedAt), {
        sentence_layer: layers.sentences,
        mention_layer: layers.mentions,
        message_layer: layers.messages,
      }),
    );
    if (bundle.document.published_at !== null) return;
    const evidence = bundle.packed ? bundle.packed.dating : bundle.dating && JSON.stringify(bundle.dating);
    if (!evidence) return;
    dating ??= db.prepare<[number, string]>(INSERT_DOCUMENT_DATING);
    dating.run(Number(seq), evidence);
  };
}
