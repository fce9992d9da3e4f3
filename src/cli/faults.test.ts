import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { annals, annalsAsync, tempDir, writeArticles } from "../testing/cli.js";

function counts(db: string) {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    conn.pragma("busy_timeout = 5000");
    const one = (sql: string) => (conn.prepare(sql).get() as { n: number }).n;
    return {
      documents: one("SELECT count(*) AS n FROM documents"),
      distinctHashes: one("SELECT count(DISTINCT content_hash) AS n FROM documents"),
      // the sentences are packed on the document's row (schema step 14)
      withoutSentences: one("SELECT count(*) AS n FROM documents WHERE sentence_layer = '[]'"),
      orphanMentions: one(
        "SELECT count(*) AS n FROM event_mentions m WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = m.doc_id)",
      ),
      integrity: (conn.pragma("integrity_check", { simple: true }) as string) === "ok" ? 1 : 0,
    };
  } finally {
    conn.close();
  }
}

async function documentCount(db: string): Promise<number> {
  try {
    return counts(db).documents;
  } catch {
    return 0;
  }
}

describe("ingest under faults", () => {
  it("resumes after kill -9 mid-ingest with no duplicate and no half-stored article", async () => {
    const dir = writeArticles(1000);
    const db = join(tempDir(), "killed.db");
    const child = annalsAsync(["ingest", dir, "--db", db, "--quiet"]);
    const exited = new Promise((done) => child.on("exit", done));
    let stored = 0;
    for (let i = 0; i < 600 && stored < 100; i++) {
      await sleep(50);
      stored = await documentCount(db);
    }
    child.kill("SIGKILL");
    await exited;
    const partial = counts(db);
    assert.ok(partial.documents > 0 && partial.documents < 1000, `killed after ${partial.documents} documents`);
    assert.equal(partial.withoutSentences, 0);
    assert.equal(partial.integrity, 1);

    const again = annals(["ingest", dir, "--db", db, "--quiet"]);
    assert.equal(again.status, 0, again.stderr);
    const after = counts(db);
    assert.deepEqual(after, {
      documents: 1000,
      distinctHashes: 1000,
      withoutSentences: 0,
      orphanMentions: 0,
      integrity: 1,
    });
    assert.match(again.stderr, new RegExp(`${1000 - partial.documents} stored, ${partial.documents} already stored`));
  });

  it("lets two ingest processes share one store: both finish, nothing lost or doubled", async () => {
    const dir = writeArticles(300);
    const db = join(tempDir(), "shared.db");
    const run = () =>
      new Promise<number | null>((done) => {
        const child = annalsAsync(["ingest", dir, "--db", db, "--quiet"]);
        child.on("exit", (code) => done(code));
      });
    const [a, b] = await Promise.all([run(), run()]);
    assert.equal(a, 0);
    assert.equal(b, 0);
    const after = counts(db);
    assert.deepEqual(after, {
      documents: 300,
      distinctHashes: 300,
      withoutSentences: 0,
      orphanMentions: 0,
      integrity: 1,
    });
  });
});
