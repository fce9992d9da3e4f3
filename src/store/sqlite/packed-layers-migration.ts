import type { Migration } from "./migrations.js";

/**
 * A document's sentences, mentions and messages packed on its own row (packed-layers.ts), where one
 * row each had been written: about 50 statement runs a document, and three indexes on (doc_id, n)
 * whose random keys dirtied a page each per document. They were only ever read whole, one document
 * at a time. Existing rows move over in their order; the tables go.
 */
export const PACKED_LAYERS_MIGRATION: Migration = {
  version: 14,
  name: "document layers packed",
  up: `
    ALTER TABLE documents ADD COLUMN sentence_layer TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE documents ADD COLUMN mention_layer TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE documents ADD COLUMN message_layer TEXT NOT NULL DEFAULT '[]';
    UPDATE documents SET
      sentence_layer = (SELECT json_group_array(json_array(s.idx, s.start, s."end") ORDER BY s.idx)
        FROM sentences s WHERE s.doc_id = documents.doc_id),
      mention_layer = (SELECT json_group_array(json_array(m.start, m."end", m.text, m.type, m.actor_id, m.rule)
        ORDER BY m.ord) FROM mentions m WHERE m.doc_id = documents.doc_id),
      message_layer = (SELECT json_group_array(json_array(g.stage, g.rule, g.reason, g.start, g."end") ORDER BY g.ord)
        FROM messages g WHERE g.doc_id = documents.doc_id);
    DROP TABLE sentences;
    DROP TABLE mentions;
    DROP TABLE messages;
  `,
};
