import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { knowledgeBaseFrom } from "../actors/import/store-kb.js";
import { readInputs } from "../ingest/read.js";
import { openStore } from "../store/open.js";
import type { DocumentBundle } from "../store/store.js";
import { createTestDatabase, pgSkipReason } from "../testing/pg-test-db.js";
import { contentHash } from "./content-hash.js";
import { inferUndatedDocuments } from "./dating/infer.js";
import { codeArticle, saveBundle } from "./store-article.js";

const SAMPLES = fileURLToPath(new URL("../../samples", import.meta.url));
// the five articles of the shared seeds, where the checkout has them beside it
const SEEDS = fileURLToPath(new URL("../../../shared/seeds", import.meta.url));

let coded: DocumentBundle[] | null = null;

/** The bundled samples (and seeds, if present), coded once. */
async function sampleBundles(): Promise<DocumentBundle[]> {
  if (coded) return coded;
  const kb = knowledgeBaseFrom([]);
  const bundles: DocumentBundle[] = [];
  for await (const r of readInputs(existsSync(SEEDS) ? [SAMPLES, SEEDS] : [SAMPLES]))
    if (r.kind === "article") bundles.push(codeArticle(r.article, contentHash(r.article.text), kb));
  coded = bundles;
  return bundles;
}

/** A seeded Fisher–Yates shuffle (linear congruential generator), so a failing order can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Every stored event as a line: id, date, sides, place, count and the mentions it stands on; with
 * `dating`, after undated articles are dated as each ingest run ends (`bundles` one run, or several).
 */
async function eventsAfter(
  bundles: DocumentBundle[] | DocumentBundle[][],
  url = ":memory:",
  dating = false,
): Promise<string[]> {
  const db = url === "postgres" ? await createTestDatabase() : null;
  const store = await openStore(db?.url ?? url);
  const runs = (bundles as unknown[]).every(Array.isArray)
    ? (bundles as DocumentBundle[][])
    : [bundles as DocumentBundle[]];
  try {
    for (const run of runs) {
      for (const b of run) await saveBundle(store, b);
      if (dating) await inferUndatedDocuments(store);
    }
    const names = (side: { actor_id: string; name: string }[]) => side.map((a) => a.actor_id || a.name);
    return (await store.listEvents({ limit: 100_000 }))
      .map((e) =>
        JSON.stringify([
          e.id,
          e.event_type,
          e.date,
          names(e.actors),
          names(e.recipients),
          e.location?.name ?? null,
          e.date_basis,
          e.mode,
          e.doc_count,
          e.mentions.map((m) => `${m.doc_id}:${m.start}-${m.end}`),
        ]),
      )
      .sort();
  } finally {
    await store.close();
    await db?.drop();
  }
}

describe("cross-article merging is order-independent", () => {
  it("gives the same events, ids, dates, participants and mentions in six storing orders", async () => {
    const bundles = await sampleBundles();
    assert.ok(bundles.length >= 20, `${bundles.length} samples`);
    const inOrder = await eventsAfter(bundles);
    assert.ok(inOrder.length > 50, `${inOrder.length} events`);
    assert.deepEqual(await eventsAfter([...bundles].reverse()), inOrder, "reversed");
    for (const seed of [7, 42, 2024, 5])
      assert.deepEqual(await eventsAfter(shuffled(bundles, seed)), inOrder, `seed ${seed}`);
  });

  it("gives the same events on PostgreSQL as on SQLite, in another order", { skip: pgSkipReason() }, async () => {
    const bundles = await sampleBundles();
    assert.deepEqual(await eventsAfter(shuffled(bundles, 11), "postgres"), await eventsAfter(bundles));
  });

  it("gives the same events once undated articles are dated, an undated report joining its event", async () => {
    const bundles = await sampleBundles();
    const inOrder = await eventsAfter(bundles, ":memory:", true);
    // the seeds hold an undated report of a trip called off that dated articles report
    if (existsSync(SEEDS)) assert.ok(inOrder.length < (await eventsAfter(bundles)).length, "one event fewer");
    assert.deepEqual(await eventsAfter([...bundles].reverse(), ":memory:", true), inOrder, "reversed");
    for (const seed of [7, 2024])
      assert.deepEqual(await eventsAfter(shuffled(bundles, seed), ":memory:", true), inOrder, `seed ${seed}`);
  });

  it("gives the same dated events when the undated articles come in a run before or after the others", async () => {
    const bundles = await sampleBundles();
    const inOrder = await eventsAfter(bundles, ":memory:", true);
    const undated = bundles.filter((b) => !b.document.published_at);
    const dated = bundles.filter((b) => b.document.published_at);
    assert.ok(undated.length > 0 && dated.length > 0);
    assert.deepEqual(await eventsAfter([undated, dated], ":memory:", true), inOrder, "undated first");
    assert.deepEqual(await eventsAfter([dated, undated], ":memory:", true), inOrder, "undated last");
  });

  it("gives the same dated events on PostgreSQL as on SQLite", { skip: pgSkipReason() }, async () => {
    const bundles = await sampleBundles();
    assert.deepEqual(
      await eventsAfter(shuffled(bundles, 13), "postgres", true),
      await eventsAfter(bundles, ":memory:", true),
    );
  });

  it("stores nothing new when the same articles come again in another order", async () => {
    const bundles = await sampleBundles();
    const store = await openStore(":memory:");
    try {
      for (const b of bundles) await saveBundle(store, b);
      const before = await store.listEvents({ limit: 100_000 });
      for (const b of shuffled(bundles, 3)) assert.equal((await saveBundle(store, b)).created, false);
      assert.deepEqual(await store.listEvents({ limit: 100_000 }), before);
    } finally {
      await store.close();
    }
  });
});
