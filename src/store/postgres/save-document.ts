import type pg from "pg";
import { documentId } from "../ids.js";
import { documentRow } from "../rows.js";
import type { DocumentBundle, SaveOptions, SaveResult } from "../store.js";
import { setDatingEvidence } from "./dating-queries.js";
import { regroupEvents } from "./regroup.js";
import { saveActors } from "./save-actors.js";
import { saveEvents } from "./save-events.js";
import { rows } from "./sql.js";
import { inTransaction } from "./transaction.js";

/** Advisory lock key (any fixed number) held by every document write until it commits. */
export const WRITE_LOCK = 0x616e6e62;

/**
 * Builds the write path: `save(bundle)` stores one analysed document in ONE transaction. Writers
 * take a transaction-scoped advisory lock first, so they queue like SQLite's IMMEDIATE writers: the
 * content-hash check and the merges see every earlier commit, and two processes
 * saving the same article store it once. Analysis happens before, outside the lock.
 */
export function createPgDocumentWriter(
  pool: pg.Pool,
  now: () => string,
): (bundle: DocumentBundle, options?: SaveOptions) => Promise<SaveResult> {
  return (bundle, options = {}) =>
    inTransaction(pool, async (client) => {
      await client.query("SELECT pg_advisory_xact_lock($1)", [WRITE_LOCK]);
      const hash = bundle.document.content_hash;
      const [existing] = await rows<{ doc_id: string }>(
        client,
        "SELECT doc_id FROM documents WHERE content_hash = @hash",
        { hash },
      );
      if (existing) return { doc_id: existing.doc_id, created: false };
      const docId = await insertDocument(client, bundle, now());
      await insertLayers(client, bundle, docId);
      await saveActors(client, bundle.actors, docId);
      // merged: regrouped with the stored reports it touches (regroup.ts); else by merge key
      if (options.merge) await regroupEvents(client, docId, bundle.events);
      else await saveEvents(client, bundle.events, docId);
      return { doc_id: docId, created: true };
    });
}

/** Inserts the document row under `doc_` + 12 hex of its hash, lengthened if another hash owns that prefix. */
async function insertDocument(client: pg.PoolClient, bundle: DocumentBundle, ingestedAt: string): Promise<string> {
  const d = bundle.document;
  for (let length = 12; length < 40; length += 4) {
    const inserted = await rows<{ doc_id: string }>(
      client,
      `INSERT INTO documents (doc_id, content_hash, origin, title, source, url, external_id, published_at,
         date_source, format, language, text, ingested_at, event_count)
       VALUES (@doc_id, @content_hash, @origin, @title, @source, @url, @external_id, @published_at,
         @date_source, @format, @language, @text, @ingested_at, @event_count)
       ON CONFLICT (doc_id) DO NOTHING RETURNING doc_id`,
      documentRow(documentId(d.content_hash, length), bundle, ingestedAt),
    );
    if (inserted[0]) return inserted[0].doc_id;
  }
  throw new Error(`no free document id for content hash ${d.content_hash}`);
}

/** Sentences, mentions and messages, one multi-row insert each (arrays unnested server-side). */
async function insertLayers(client: pg.PoolClient, bundle: DocumentBundle, doc: string): Promise<void> {
  const { sentences: s, mentions: m, messages: g } = bundle;
  await rows(
    client,
    `INSERT INTO sentences (doc_id, idx, start, "end")
     SELECT @doc, * FROM unnest(@idx::int[], @start::int[], @end::int[])`,
    { doc, idx: s.map((x) => x.index), start: s.map((x) => x.start), end: s.map((x) => x.end) },
  );
  await rows(
    client,
    `INSERT INTO mentions (doc_id, ord, start, "end", text, type, actor_id, rule)
     SELECT @doc, * FROM unnest(@ord::int[], @start::int[], @end::int[], @text::text[], @type::text[],
       @actor::text[], @rule::text[])`,
    {
      doc,
      ord: m.map((_, i) => i),
      start: m.map((x) => x.start),
      end: m.map((x) => x.end),
      text: m.map((x) => x.text),
      type: m.map((x) => x.type),
      actor: m.map((x) => x.actor_id ?? null),
      rule: m.map((x) => x.rule ?? null),
    },
  );
  await rows(
    client,
    `INSERT INTO messages (doc_id, ord, stage, rule, reason, start, "end")
     SELECT @doc, * FROM unnest(@ord::int[], @stage::text[], @rule::text[], @reason::text[], @start::int[], @end::int[])`,
    {
      doc,
      ord: g.map((_, i) => i),
      stage: g.map((x) => x.stage),
      rule: g.map((x) => x.rule),
      reason: g.map((x) => x.reason),
      start: g.map((x) => x.start),
      end: g.map((x) => x.end),
    },
  );
  if (bundle.dating && bundle.document.published_at === null) await setDatingEvidence(client, doc, bundle.dating);
}
