import type { Migration } from "./migrations.js";

/**
 * Dating undated documents: the inferred publication interval of a document (`published_at` stays
 * null: it is what the input stated) and notes on canonical events, such as a report whose stated
 * date contradicts the canonical one.
 */
export const DATING_MIGRATION: Migration = {
  version: 5,
  name: "dating",
  up: `
    ALTER TABLE documents ADD COLUMN inferred_from TEXT;
    ALTER TABLE documents ADD COLUMN inferred_to TEXT;
    CREATE TABLE event_messages (
      event_id TEXT NOT NULL REFERENCES events (event_id),
      doc_id TEXT NOT NULL,
      rule TEXT NOT NULL,
      reason TEXT NOT NULL,
      PRIMARY KEY (event_id, doc_id, rule, reason)
    ) WITHOUT ROWID;
  `,
};
