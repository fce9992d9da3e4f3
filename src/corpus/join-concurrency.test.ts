import assert from "node:assert/strict";
import { fork } from "node:child_process";
import { once } from "node:events";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { openStore } from "../store/open.js";
import { tempDir } from "../testing/cli.js";
import { createTestDatabase, pgSkipReason, type TestDatabase } from "../testing/pg-test-db.js";

const WRITER = new URL("./join-writer.js", import.meta.url);

// Two articles, two wordings, one meeting (the first pair merge-across-articles.test.ts ingests one by one).
const ARTICLES: [string, string][] = [
  ["2023-06-20", "US Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Sunday."],
  ["2023-07-03", "Antony Blinken met Qin Gang in Beijing in June, officials recalled."],
];

/** Starts both writers, lets them save at the same moment, and returns the meetings stored. */
async function saveTogether(db: string): Promise<string[]> {
  const writers = await Promise.all(
    ARTICLES.map(async ([date, text]) => {
      const child = fork(WRITER, [db, date, text], { stdio: "inherit" });
      const [message] = await once(child, "message");
      assert.equal(message, "ready");
      return child;
    }),
  );
  const done = writers.map((child) => Promise.all([once(child, "message"), once(child, "exit")]));
  for (const child of writers) child.send("go");
  for (const [[report], exit] of await Promise.all(done)) {
    assert.deepEqual(report, { created: true });
    assert.deepEqual(exit, [0, null]);
  }
  const store = await openStore(db);
  try {
    return (await store.listEvents({ types: ["CONSULT"] })).map((e) => `${e.date} ${e.doc_count}`);
  } finally {
    await store.close();
  }
}

describe("two writers storing reports of one meeting at the same moment", () => {
  const dir = tempDir("annals-join-race-");
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("make one canonical event with doc_count 2 on SQLite", async () => {
    assert.deepEqual(await saveTogether(join(dir, "race.db")), ["2023-06-18 2"]);
  });

  describe("on PostgreSQL", { skip: pgSkipReason() }, () => {
    let db: TestDatabase;
    after(() => db?.drop());
    it("make one canonical event with doc_count 2", async () => {
      db = await createTestDatabase();
      assert.deepEqual(await saveTogether(db.url), ["2023-06-18 2"]);
    });
  });
});
