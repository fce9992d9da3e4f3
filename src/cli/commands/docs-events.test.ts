import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { openStore } from "../../store/open.js";
import { annals, tempDir } from "../../testing/cli.js";
import { publishedLabel } from "./docs.js";

describe("publishedLabel: the docs table's publication column", () => {
  // biome-ignore format: one case per line reads as a table
  const cases: [string | null, { from: string | null; to: string | null } | null, string][] = [
    ["2023-06-19", null, "2023-06-19"],
    [null, null, "undated"],
    [null, { from: "2023-06-16", to: "2023-06-20" }, "undated (inferred 2023-06-16..2023-06-20)"],
    [null, { from: "2023-06-18", to: null }, "undated (inferred 2023-06-18..)"],
    [null, { from: "2023-06-18", to: "2023-06-18" }, "undated (inferred 2023-06-18)"],
  ];
  for (const [published, inferred, label] of cases)
    it(label, () => assert.equal(publishedLabel(published, inferred), label));
});

describe("annals docs and events show what dating found", () => {
  // an undated report of a meeting a dated one fixes, with another stated day for it
  const dir = tempDir("annals-docs-");
  writeFileSync(
    join(dir, "dated.txt"),
    "date 2023-03-08\n\nJapanese Foreign Minister Yoshimasa Hayashi met Chinese Foreign Minister Qin Gang in Beijing on Monday, the ministry said.",
  );
  writeFileSync(
    join(dir, "undated.txt"),
    "Japanese Foreign Minister Yoshimasa Hayashi met Chinese Foreign Minister Qin Gang in Beijing on Monday. The two sides talked for three hours.",
  );
  const db = join(tempDir("annals-docs-db-"), "store.db");
  assert.equal(annals(["ingest", dir, "--db", db, "--quiet"]).status, 0);

  it("docs: an undated document carries its inferred interval, in the table and in JSON lines", async () => {
    const store = await openStore(db);
    const undated = (await store.listDocuments()).find((d) => d.published_at === null);
    const interval = undated ? await store.getInferredDate(undated.doc_id) : null;
    await store.close();
    assert.ok(undated && interval, "the undated report was dated from the other one");
    const rows = annals(["docs", "--db", db, "--format", "jsonl"])
      .stdout.split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    assert.deepEqual(rows.find((r) => r.doc_id === undated.doc_id)?.inferred_published, interval);
    assert.equal(rows.find((r) => r.doc_id !== undated.doc_id)?.inferred_published, null);
    assert.match(annals(["docs", "--db", db]).stdout, new RegExp(`undated \\(inferred ${interval.from}`));
  });

  it("events --format jsonl: every event carries its stored notes as messages", async () => {
    const read = () =>
      annals(["events", "--db", db, "--format", "jsonl"])
        .stdout.split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l));
    const first = read()[0];
    assert.ok(first, "no events");
    const note = { doc_id: first.mentions[0].doc_id, rule: "test.note", reason: "a note written by the test" };
    const store = await openStore(db);
    await store.addEventMessage(first.id, note);
    await store.close();
    const events = read();
    assert.ok(events.every((e) => Array.isArray(e.messages)));
    assert.ok(events.find((e) => e.id === first.id)?.messages.some((m: typeof note) => m.rule === "test.note"));
  });
});
