import assert from "node:assert/strict";
import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { after, describe, it } from "node:test";
import { setTimeout as sleep, setImmediate as tick } from "node:timers/promises";
import pg from "pg";
import { createTestDatabase, pgSkipReason, type TestDatabase } from "../../testing/pg-test-db.js";
import { numberedBundle } from "../fixtures.js";
import { eventId } from "../ids.js";
import { openPostgresStore } from "./pg-store.js";

const WRITER = new URL("../concurrent-writer.js", import.meta.url);

/** Starts a writer process on `url` for bundles [from, to) and waits until its store is open. */
async function startWriter(url: string, from: number, to: number): Promise<ChildProcess> {
  const child = fork(WRITER, [url, String(from), String(to)], { stdio: "inherit" });
  const [message] = await once(child, "message");
  assert.equal(message, "ready");
  return child;
}

describe("postgres with several processes", { skip: pgSkipReason() }, () => {
  const databases: TestDatabase[] = [];
  after(async () => {
    for (const db of databases) await db.drop();
  });
  const fresh = async () => {
    const db = await createTestDatabase();
    databases.push(db);
    return db.url;
  };

  it("two processes writing the same documents lose and double nothing", async () => {
    const url = await fresh();
    const store = await openPostgresStore(url);
    const child = await startWriter(url, 60, 160); // bundles 60–99 are written by both
    const report = once(child, "message");
    const exit = once(child, "exit");
    child.send("go");
    let created = 0;
    for (let i = 0; i < 100; i++) {
      if ((await store.saveDocument(numberedBundle(i))).created) created++;
      await tick();
    }
    const [{ created: theirs }] = (await report) as [{ created: number }];
    assert.deepEqual(await exit, [0, null]);
    assert.equal(created + theirs, 160, "each document created by exactly one process");
    assert.equal(await store.countDocuments(), 160);
    assert.equal(await store.countEvents(), 161);
    assert.equal((await store.getEvent(eventId("consult|qin-gang|antony-blinken|bulk")))?.doc_count, 160);
    assert.equal((await store.findActor("qin-gang"))?.mention_count, 160, "no lost update");
    assert.equal((await store.findActor("Blinken"))?.mention_count, 320);
    await store.close();
  });

  it("saves of one article racing in one process store it once", async () => {
    const store = await openPostgresStore(await fresh(), { poolSize: 8 });
    const results = await Promise.all(Array.from({ length: 8 }, () => store.saveDocument(numberedBundle(7))));
    assert.equal(results.filter((r) => r.created).length, 1);
    assert.equal(new Set(results.map((r) => r.doc_id)).size, 1);
    assert.equal(await store.countDocuments(), 1);
    await store.close();
  });

  it("a writer killed mid-way leaves each document whole or absent", async () => {
    const url = await fresh();
    const store = await openPostgresStore(url);
    const child = await startWriter(url, 0, 1_000_000);
    const exit = once(child, "exit");
    child.send("go");
    while ((await store.countDocuments()) < 30) await sleep(5);
    child.kill("SIGKILL");
    await exit;
    const docs = await store.listDocuments();
    assert.ok(docs.length >= 30);
    for (const doc of docs) {
      const expected = numberedBundle(Number(/bulk\/(\d+)\.txt/.exec(doc.origin)?.[1]));
      assert.equal(doc.text, expected.document.text);
      assert.deepEqual(await store.getSentences(doc.doc_id), expected.sentences);
      assert.deepEqual(await store.getMentions(doc.doc_id), expected.mentions);
      assert.equal((await store.listEvents({ doc: doc.doc_id })).length, 2);
    }
    const shared = await store.getEvent(eventId("consult|qin-gang|antony-blinken|bulk"));
    assert.equal(shared?.doc_count, docs.length);
    await store.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const orphans = await client.query(`SELECT
      (SELECT count(*) FROM event_mentions WHERE doc_id NOT IN (SELECT doc_id FROM documents)) +
      (SELECT count(*) FROM event_dyads WHERE event_id NOT IN (SELECT event_id FROM events)) AS n`);
    await client.end();
    assert.equal(Number(orphans.rows[0].n), 0);
  });
});
