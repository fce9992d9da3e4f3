import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { storyBundles } from "../contract/scenario.js";
import type { DocumentBundle } from "../store.js";
import { openDatabase } from "./open-db.js";
import { openSqliteStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "annals-texts-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The same story under another document: a syndicated copy with a line of its own at the end, its
 * event mentions `n` characters further on (as a longer dateline would put them).
 */
function copy(bundle: DocumentBundle, n: number): DocumentBundle {
  const text = `${bundle.document.text}\n\nCopy ${n}.`;
  const events = bundle.events.map((item) => ({
    ...item,
    event: {
      ...item.event,
      mentions: item.event.mentions.map((m) => ({ ...m, start: m.start + n, end: m.end + n })),
    },
  }));
  return {
    ...bundle,
    events,
    document: { ...bundle.document, text, content_hash: `${bundle.document.content_hash}-${n}` },
  };
}

describe("sqlite distinct report texts", () => {
  it("keeps one row for every copy of a story, wherever its mentions sit, weighing as many, and counts each copy's document", async () => {
    const path = join(dir, "copies.db");
    const store = await openSqliteStore(path);
    const story = storyBundles().a;
    try {
      for (let n = 0; n < 4; n++) await store.saveDocument(copy(story, n), { merge: true });
      const events = await store.listEvents();
      assert.ok(events.length > 0);
      for (const e of events) assert.equal(e.doc_count, 4);
      const db = openDatabase(path);
      const texts = db
        .prepare("SELECT count(*) AS n, min(weight) AS low, max(weight) AS high FROM report_texts")
        .get() as {
        n: number;
        low: number;
        high: number;
      };
      const reports = db.prepare("SELECT count(*) AS n FROM event_reports").get() as { n: number };
      db.close();
      assert.equal(reports.n, 4 * texts.n);
      assert.deepEqual([texts.low, texts.high], [4, 4]);
      // another story is another text: a row of its own
      await store.saveDocument(storyBundles().b, { merge: true });
      const check = openDatabase(path);
      const grown = check.prepare("SELECT count(*) AS n FROM report_texts").get() as { n: number };
      check.close();
      assert.ok(grown.n > texts.n);
    } finally {
      await store.close();
    }
  });
});
