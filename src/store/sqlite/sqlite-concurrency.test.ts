import assert from "node:assert/strict";
import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { setTimeout as sleep, setImmediate as tick } from "node:timers/promises";
import { numberedBundle } from "../fixtures.js";
import { eventId } from "../ids.js";
import { openDatabase } from "./open-db.js";
import { openSqliteStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "annals-sqlite-procs-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const WRITER = new URL("../concurrent-writer.js", import.meta.url);

/** Starts a writer process on `path` for bundles [from, to) and waits until its store is open. */
async function startWriter(path: string, from: number, to: number): Promise<ChildProcess> {
  const child = fork(WRITER, [path, String(from), String(to)], { stdio: "inherit" });
  const [message] = await once(child, "message");
  assert.equal(message, "ready");
  return child;
}

describe("sqlite with several processes", () => {
  it("two processes writing one file lose and double nothing", async () => {
    const path = join(dir, "shared.db");
    const store = await openSqliteStore(path);
    const child = await startWriter(path, 150, 350); // bundles 150–199 are written by both
    const report = once(child, "message");
    const exit = once(child, "exit");
    child.send("go");
    let created = 0;
    for (let i = 0; i < 200; i++) {
      if ((await store.saveDocument(numberedBundle(i))).created) created++;
      await tick();
    }
    const [{ created: theirs }] = (await report) as [{ created: number }];
    assert.deepEqual(await exit, [0, null]);
    assert.equal(created + theirs, 350, "each document created by exactly one process");
    assert.equal(await store.countDocuments(), 350);
    assert.equal(await store.countEvents(), 351);
    assert.equal((await store.getEvent(eventId("consult|qin-gang|antony-blinken|bulk")))?.doc_count, 350);
    assert.equal((await store.findActor("qin-gang"))?.mention_count, 350, "no lost update");
    assert.equal((await store.findActor("Blinken"))?.mention_count, 700);
    await store.close();
  });

  it("a writer killed mid-way leaves each document whole or absent", async () => {
    const path = join(dir, "killed.db");
    const store = await openSqliteStore(path);
    const child = await startWriter(path, 0, 1_000_000);
    const exit = once(child, "exit");
    child.send("go");
    while ((await store.countDocuments()) < 40) await sleep(5);
    child.kill("SIGKILL");
    await exit;
    await store.close();

    const reopened = await openSqliteStore(path);
    const docs = await reopened.listDocuments();
    assert.ok(docs.length >= 40);
    for (const doc of docs) {
      const expected = numberedBundle(Number(/bulk\/(\d+)\.txt/.exec(doc.origin)?.[1]));
      assert.equal(doc.text, expected.document.text);
      assert.deepEqual(await reopened.getSentences(doc.doc_id), expected.sentences);
      assert.deepEqual(await reopened.getMentions(doc.doc_id), expected.mentions);
      assert.equal((await reopened.listEvents({ doc: doc.doc_id })).length, 2);
    }
    const shared = await reopened.getEvent(eventId("consult|qin-gang|antony-blinken|bulk"));
    assert.equal(shared?.doc_count, docs.length);
    assert.equal((await reopened.findActor("qin-gang"))?.mention_count, docs.length);
    await reopened.close();

    const db = openDatabase(path);
    assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
    const orphans = db.prepare(`SELECT
      (SELECT count(*) FROM event_reports WHERE doc_id NOT IN (SELECT doc_id FROM documents)) +
      (SELECT count(*) FROM event_mentions WHERE doc_id NOT IN (SELECT doc_id FROM documents)) AS n`);
    assert.equal((orphans.get() as { n: number }).n, 0);
    db.close();
  });
});
