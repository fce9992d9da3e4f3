import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { loadKnowledgeBase } from "../../actors/kb.js";
import { readInputs } from "../../ingest/read.js";
import { openStore } from "../../store/open.js";
import type { Store } from "../../store/store.js";
import { writeMixedArticles } from "../../testing/article-batch.js";
import { tempDir } from "../../testing/cli.js";
import { createTestDatabase, pgSkipReason, type TestDatabase } from "../../testing/pg-test-db.js";
import { contentHash } from "../content-hash.js";
import { type Analyzer, createAnalyzer } from "../parallel/analyzer.js";
import { storeArticle } from "../store-article.js";
import { type DatingResult, inferUndatedDocuments, type PageDecider } from "./infer.js";

const SAMPLES = new URL("../../../samples", import.meta.url).pathname;

const PAIRS = [
  ["U.S. Secretary of State Antony Blinken", "Chinese Foreign Minister Qin Gang", "Beijing"],
  ["Chinese Foreign Minister Wang Yi", "Russian Foreign Minister Sergei Lavrov", "Moscow"],
  ["U.S. Treasury Secretary Janet Yellen", "Chinese Vice Premier He Lifeng", "Washington"],
  ["French President Emmanuel Macron", "German Chancellor Olaf Scholz", "Paris"],
  ["U.S. Defense Secretary Lloyd Austin", "Japanese Defence Minister Yasukazu Hamada", "Tokyo"],
  ["Indian Prime Minister Narendra Modi", "Australian Prime Minister Anthony Albanese", "New Delhi"],
];

/**
 * For each pair of officials, a dated article of their meeting "on Thursday" and three undated
 * reports of it: dating infers each report's week from the dated one, and dates its own events.
 */
function writeMeetings(): string {
  const dir = tempDir("annals-meetings-");
  PAIRS.forEach(([a, b, city], i) => {
    const published = new Date(Date.UTC(2023, 2, 3) + i * 14 * 86_400_000).toISOString().slice(0, 10); // a Friday
    const met = `${a} met ${b} in ${city}`;
    writeFileSync(join(dir, `dated-${i}.txt`), `date ${published}\n\n${met} on Thursday. The talks lasted hours.\n`);
    const undated = [
      `${met} on Thursday. ${b} will visit ${city === "Washington" ? "London" : "Washington"} in October.`,
      `${met} on Thursday, officials said. Both sides called the talks candid.`,
      `${met} on Thursday and agreed to meet again next month.`,
    ];
    for (const [k, text] of undated.entries()) writeFileSync(join(dir, `undated-${i}-${k}.txt`), `${text}\n`);
  });
  return dir;
}

/** A store at `path` holding every article of `inputs`, merged across articles and not dated yet. */
async function storeUndated(path: string, inputs: string[]): Promise<Store> {
  const store = await openStore(path);
  const kb = loadKnowledgeBase();
  for await (const r of readInputs(inputs))
    if (r.kind === "article") await storeArticle(store, r.article, contentHash(r.article.text), kb);
  return store;
}

describe("dating pages on worker threads", () => {
  const dir = tempDir("annals-parallel-dating-");
  let inputs: string[];
  const stores: Store[] = [];
  let analyzer: Analyzer | undefined;
  before(() => {
    inputs = [SAMPLES, writeMixedArticles(SAMPLES, 40), writeMeetings()];
  });
  after(async () => {
    await analyzer?.close();
    for (const store of stores) await store.close();
  });
  const databases: TestDatabase[] = [];
  after(async () => {
    for (const db of databases) await db.drop();
  });
  const open = async (name: string) => {
    const store = await storeUndated(join(dir, `${name}.db`), inputs);
    stores.push(store);
    return store;
  };

  it("decides pages through the workers' own connections and writes what dating alone writes", async () => {
    const alone = await open("alone");
    const shared = await open("shared");
    assert.ok(shared.location);
    analyzer = await createAnalyzer(shared, 3);
    let away = 0;
    const helpers: PageDecider[] = analyzer.datingHelpers(shared.location).map((decide) => async (documents) => {
      const decisions = await decide(documents);
      if (decisions) away++;
      return decisions;
    });
    assert.equal(helpers.length, 2);
    const expected = await inferUndatedDocuments(alone, { page: 2 });
    const got = await inferUndatedDocuments(shared, { page: 2, helpers });
    assert.ok(expected.length >= 18, `${expected.length} undated`);
    assert.ok(expected.filter((r) => r.interval).length >= 12, "dating inferred intervals");
    assert.ok(expected.filter((r) => r.dated.length > 0).length >= 6, "and dated events");
    assert.ok(away >= 5, `${away} pages decided on worker threads`);
    assert.deepEqual(got, expected);
    assert.deepEqual(await shared.listEvents({}), await alone.listEvents({}));
    for (const r of expected.slice(0, 10))
      assert.deepEqual(await shared.getInferredDate(r.doc_id), await alone.getInferredDate(r.doc_id));
  });

  it("decides here a page a helper could not", async () => {
    const alone = await open("alone-2");
    const failing = await open("failing");
    const expected = await inferUndatedDocuments(alone, { page: 2 });
    let asked = 0;
    const none: PageDecider = async () => {
      asked++;
      return null;
    };
    assert.deepEqual(await inferUndatedDocuments(failing, { page: 2, helpers: [none] }), expected);
    assert.ok(asked >= 4, `${asked} pages asked`);
    assert.deepEqual(await failing.listEvents({}), await alone.listEvents({}));
  });

  it("decides pages on PostgreSQL as on SQLite, each worker with its own pool", { skip: pgSkipReason() }, async () => {
    const alone = await open("alone-3");
    const db = await createTestDatabase();
    databases.push(db);
    const shared = await storeUndated(db.url, inputs);
    stores.push(shared);
    assert.equal(shared.location, db.url);
    const pool = await createAnalyzer(shared, 2);
    try {
      const expected = await inferUndatedDocuments(alone, { page: 2 });
      const helpers = pool.datingHelpers(db.url);
      // each store lists its undated documents in an order of its own
      const byDoc = (results: DatingResult[]) => [...results].sort((a, b) => a.doc_id.localeCompare(b.doc_id));
      assert.deepEqual(byDoc(await inferUndatedDocuments(shared, { page: 2, helpers })), byDoc(expected));
      assert.deepEqual(await shared.listEvents({}), await alone.listEvents({}));
    } finally {
      await pool.close();
    }
  });

  it("has no location for an in-memory store, which no worker can open", async () => {
    const memory = await openStore(":memory:");
    stores.push(memory);
    assert.equal(memory.location, undefined);
  });
});
