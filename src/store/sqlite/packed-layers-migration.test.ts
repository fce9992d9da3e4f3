import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { storyBundles } from "../contract/scenario.js";
import { makeBundle } from "../fixtures.js";
import { openDatabase } from "./open-db.js";
import { PACKED_LAYERS_MIGRATION } from "./packed-layers-migration.js";
import { openSqliteStore } from "./sqlite-store.js";
import { openOlderStore } from "./table-layers.js";

const dir = mkdtempSync(join(tmpdir(), "annals-packed-layers-"));
after(() => rmSync(dir, { recursive: true, force: true }));

describe("sqlite packed document layers migration", () => {
  it("reads every layer of an older store back as it was stored, and drops the tables", async () => {
    const path = join(dir, "before-packed.db");
    const step = PACKED_LAYERS_MIGRATION.version;
    const { db, save } = openOlderStore(path, step);
    const stories = storyBundles();
    const noted = makeBundle({
      origin: "noted.txt",
      text: "Lula met Macron in Belém. “Notes”, the aide said.",
      actors: [{ id: "p:lula", aliases: ["Lula"] }],
      messages: [
        { stage: "events", rule: "no-recipient", reason: "no object", start: 0, end: 25 },
        { stage: "dates", rule: "undated", reason: "no date", start: 26, end: 49 },
      ],
    });
    const bare = makeBundle({ origin: "bare.txt", text: "", actors: [] });
    const bundles = [stories.a, stories.b, stories.c, noted, bare];
    const ids = bundles.map((bundle) => save(bundle).doc_id);
    const rows = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const count = (layer: "sentences" | "mentions" | "messages") => bundles.reduce((n, b) => n + b[layer].length, 0);
    for (const layer of ["sentences", "mentions", "messages"] as const) assert.equal(rows(layer), count(layer), layer);
    assert.ok(count("sentences") > 0 && count("mentions") > 0 && count("messages") >= 2);
    db.close();

    const store = await openSqliteStore(path);
    try {
      assert.ok((await store.schemaVersion()) >= step);
      for (const [i, id] of ids.entries()) {
        const bundle = bundles[i];
        assert.deepEqual(await store.getSentences(id), bundle?.sentences);
        assert.deepEqual(await store.getMentions(id), bundle?.mentions);
        assert.deepEqual(await store.getMessages(id), bundle?.messages);
      }
      assert.deepEqual(await store.getSentences("doc_000000000000"), []);
    } finally {
      await store.close();
    }
    const again = openDatabase(path);
    try {
      const tables = again
        .prepare("SELECT name FROM sqlite_schema WHERE name IN ('sentences', 'mentions', 'messages')")
        .all();
      assert.deepEqual(tables, []);
    } finally {
      again.close();
    }
  });
});
