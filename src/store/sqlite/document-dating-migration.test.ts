import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { makeBundle } from "../fixtures.js";
import { DOCUMENT_DATING_MIGRATION } from "./document-dating-migration.js";
import { PACKED_LAYERS_MIGRATION } from "./packed-layers-migration.js";
import { openSqliteStore } from "./sqlite-store.js";
import { openOlderStore } from "./table-layers.js";

const dir = mkdtempSync(join(tmpdir(), "annals-document-dating-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const timex = { start: 0, end: 7, text: "Tuesday", value: null, basis: "relative" } as const;
const story = (origin: string, text: string) =>
  makeBundle({ origin, text, actors: [{ id: "p:lula", aliases: ["Lula"] }], published_at: null });

describe("sqlite dating evidence by storing sequence", () => {
  it("keeps each undated document's evidence of an older store, and sets it later for one stored without", async () => {
    const path = join(dir, "before-dating.db");
    const { db, save } = openOlderStore(path, PACKED_LAYERS_MIGRATION.version);
    const first = { timexes: [timex], attached: { "8:30:consult.meet": ["0:7"] } };
    const second = { timexes: [], attached: {} };
    const a = save({ ...story("a.txt", "Tuesday Lula met the envoy."), dating: first }).doc_id;
    const bare = save(story("bare.txt", "Lula spoke to reporters.")).doc_id;
    const b = save({ ...story("b.txt", "Lula flew to Luanda."), dating: second }).doc_id;
    assert.equal((db.prepare("SELECT count(*) AS n FROM dating_evidence").get() as { n: number }).n, 2);
    db.close();

    const store = await openSqliteStore(path);
    try {
      assert.ok((await store.schemaVersion()) >= DOCUMENT_DATING_MIGRATION.version);
      const read = async () =>
        Object.fromEntries((await store.listUndated(null, 10)).documents.map((d) => [d.doc_id, d.evidence]));
      assert.deepEqual(await read(), { [a]: first, [bare]: null, [b]: second });
      await store.setDatingEvidence(bare, second);
      await store.setDatingEvidence(a, second);
      assert.deepEqual(await read(), { [a]: second, [bare]: second, [b]: second });
      await assert.rejects(store.setDatingEvidence("doc_000000000000", second), /no document/);
    } finally {
      await store.close();
    }
  });
});
