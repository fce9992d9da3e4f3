import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { storyBundles } from "../contract/scenario.js";
import { LAYERS_MIGRATION } from "./layers-migration.js";
import { migrate } from "./migrate.js";
import { MIGRATIONS } from "./migrations.js";
import { openDatabase } from "./open-db.js";
import { openOlderStore } from "./table-layers.js";

const dir = mkdtempSync(join(tmpdir(), "annals-layers-"));
after(() => rmSync(dir, { recursive: true, force: true }));

describe("sqlite document layers migration", () => {
  it("keeps every sentence, mention and message of an older store, one row per key", async () => {
    const path = join(dir, "before-layers.db");
    const { db, save } = openOlderStore(path, LAYERS_MIGRATION.version);
    const stories = storyBundles();
    const ids = [stories.a, stories.b, stories.c].map((bundle) => save(bundle).doc_id);
    const layers = (on: typeof db) => (docId: string) => ({
      sentences: on.prepare('SELECT idx, start, "end" FROM sentences WHERE doc_id = ? ORDER BY idx').all(docId),
      mentions: on.prepare("SELECT * FROM mentions WHERE doc_id = ? ORDER BY ord").all(docId),
      messages: on.prepare("SELECT * FROM messages WHERE doc_id = ? ORDER BY ord").all(docId),
    });
    const before = ids.map(layers(db));
    assert.ok(before.every((l) => l.sentences.length > 0 && l.mentions.length > 0));
    db.close();

    const again = openDatabase(path);
    assert.equal(
      migrate(
        again,
        MIGRATIONS.filter((m) => m.version <= LAYERS_MIGRATION.version),
      ),
      LAYERS_MIGRATION.version,
    );
    try {
      assert.deepEqual(ids.map(layers(again)), before, "the same rows, column for column");
      const duplicate = again.prepare('INSERT INTO sentences (doc_id, idx, start, "end") VALUES (?, 0, 0, 1)');
      assert.throws(() => duplicate.run(ids[0]), /UNIQUE/, "a document's sentence number stays a key");
    } finally {
      again.close();
    }
  });
});
