import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { storyBundles } from "../contract/scenario.js";
import { openDatabase } from "./open-db.js";
import { REPORTS_MIGRATION } from "./reports-migration.js";
import { openSqliteStore } from "./sqlite-store.js";
import { openOlderStore } from "./table-layers.js";

const dir = mkdtempSync(join(tmpdir(), "annals-reports-"));
after(() => rmSync(dir, { recursive: true, force: true }));

describe("sqlite event reports migration", () => {
  it("gives every event of an older store one report per document, which later saves regroup with", async () => {
    const path = join(dir, "before-reports.db");
    const step = REPORTS_MIGRATION.version;
    const { db, version, save } = openOlderStore(path, step);
    assert.equal(version, step - 1);
    const stories = storyBundles();
    save(stories.a);
    save(stories.b);
    const pairs = db
      .prepare("SELECT count(*) AS n FROM (SELECT DISTINCT event_id, doc_id FROM event_mentions)")
      .get() as {
      n: number;
    };
    db.close();

    const store = await openSqliteStore(path);
    try {
      const before = await store.listEvents();
      const check = openDatabase(path);
      const reports = check
        .prepare("SELECT t.event_id, t.report FROM event_reports r JOIN report_texts t ON t.id = r.text_id")
        .all() as {
        event_id: string;
        report: string;
      }[];
      const actors = check.prepare("SELECT count(*) AS n FROM report_actors").get() as { n: number };
      check.close();
      assert.equal(reports.length, pairs.n);
      assert.ok(actors.n > 0, "dated reports are found by their actors");
      for (const r of reports) {
        const report = JSON.parse(r.report);
        const event = before.find((e) => e.id === r.event_id);
        assert.deepEqual(
          [report.event_type, report.date, report.actors],
          [event?.event_type, event?.date, event?.actors],
        );
        assert.equal(report.has_mentions, true);
        assert.equal(typeof report.rule, "string");
      }
      // a later save regroups with the old reports and leaves the old events whole
      assert.equal((await store.saveDocument(stories.c, { merge: true })).created, true);
      const afterSave = await store.listEvents();
      for (const e of before) {
        const now = afterSave.find((x) => x.id === e.id);
        assert.ok(now, `${e.id} kept`);
        assert.ok(now.doc_count >= e.doc_count);
      }
    } finally {
      await store.close();
    }
  });
});
