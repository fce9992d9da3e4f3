import type { Migration } from "./migrations.js";

/**
 * An index on the event of each mention, which SQLite keeps in rowid order: an event's mentions
 * (or only its first, which the cross-article join reads) come straight from the index, at the same
 * cost whether the event has one report or thousands.
 */
export const MENTION_ORDER_MIGRATION: Migration = {
  version: 7,
  name: "event mention order",
  up: "CREATE INDEX event_mentions_event ON event_mentions (event_id);",
};
