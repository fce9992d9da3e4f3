import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { storyBundles } from "../contract/scenario.js";
import { runStoreContract } from "../contract.js";
import type { Store } from "../store.js";
import { migrate } from "./migrate.js";
import { MIGRATIONS } from "./migrations.js";
import { openDatabase } from "./open-db.js";
import { openSqliteStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "annals-sqlite-"));
after(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
const paths = new Map<Store, string>();
const fileStore = async () => {
  const path = join(dir, `contract-${files++}.db`);
  const store = await openSqliteStore(path);
  paths.set(store, path);
  return store;
};

runStoreContract("sqlite :memory:", () => openSqliteStore(":memory:"));
runStoreContract("sqlite file", fileStore, {
  reopen: async (store) => {
    await store.close();
    return openSqliteStore(paths.get(store) ?? "");
  },
});

const LATEST = MIGRATIONS.at(-1)?.version ?? 0;

describe("sqlite migrations", () => {
  it("builds the whole schema in an empty file and records each step once", async () => {
    const path = join(dir, "empty.db");
    writeFileSync(path, "");
    await (await openSqliteStore(path)).close();
    const store = await openSqliteStore(path);
    assert.equal(await store.schemaVersion(), LATEST);
    await store.close();
    const db = openDatabase(path);
    const steps = db.prepare("SELECT version, name FROM schema_migrations ORDER BY version").all();
    db.close();
    assert.deepEqual(
      steps,
      MIGRATIONS.map(({ version, name }) => ({ version, name })),
    );
  });

  it("upgrades an older store and keeps what it held", async () => {
    const path = join(dir, "old.db");
    const db = openDatabase(path);
    assert.equal(migrate(db, MIGRATIONS.slice(0, 1)), 1);
    const { document } = storyBundles().c;
    db.prepare(`INSERT INTO documents (doc_id, content_hash, origin, title, source, url, external_id, published_at,
        date_source, format, language, text, ingested_at, event_count)
      VALUES ('doc_0ld0ld0ld0ld', @content_hash, @origin, @title, @source, @url, @external_id, @published_at,
        @date_source, @format, @language, @text, '2020-01-01T00:00:00.000Z', 0)`).run(document);
    db.close();

    const store = await openSqliteStore(path);
    try {
      assert.equal(await store.schemaVersion(), LATEST);
      assert.equal((await store.getDocument("doc_0ld0ld0ld0ld"))?.origin, "notes/c.txt");
      assert.deepEqual(
        (await store.search("Istanbul")).map((h) => h.doc_id),
        ["doc_0ld0ld0ld0ld"],
      );
      assert.equal((await store.saveDocument(storyBundles().c)).created, false, "same content, same document");
      assert.equal((await store.saveDocument(storyBundles().a)).created, true);
      assert.equal(await store.countEvents(), 2);
    } finally {
      await store.close();
    }
  });

  it("refuses a store written by a newer build", async () => {
    const path = join(dir, "future.db");
    await (await openSqliteStore(path)).close();
    const db = openDatabase(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', '2099-01-01')").run(
      LATEST + 1,
    );
    db.close();
    await assert.rejects(openSqliteStore(path), /newer than this build knows/);
  });

  it("opens every connection in WAL mode with the agreed pragmas", () => {
    const db = openDatabase(join(dir, "pragmas.db"));
    const pragma = (name: string) => db.pragma(name, { simple: true });
    assert.deepEqual(
      [pragma("journal_mode"), pragma("synchronous"), pragma("busy_timeout"), pragma("foreign_keys")],
      ["wal", 1, 10000, 1],
    );
    db.close();
  });
});
