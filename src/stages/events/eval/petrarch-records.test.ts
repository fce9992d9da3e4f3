import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parsePetrarchRecords } from "./petrarch-records.js";

const line = (r: object) => JSON.stringify(r);

describe("parsePetrarchRecords: unit-test records as typed data", () => {
  test("a record with two triples: the date becomes ISO, codes are kept whole", () => {
    const { records, bad } = parsePetrarchRecords(
      line({
        id: "T-1",
        date: "20010304",
        category: "VERB",
        text: "Valdor praised Kessin and asked it for grain.",
        events: [
          { sourcecode: "VALGOV", targetcode: "KES", eventcode: "051" },
          { sourcecode: "VAL", targetcode: "KES", eventcode: "0233" },
        ],
        noevents: false,
        error: null,
      }),
    );
    assert.deepEqual(bad, []);
    assert.deepEqual(records, [
      {
        id: "T-1",
        category: "VERB",
        date: "2001-03-04",
        text: "Valdor praised Kessin and asked it for grain.",
        events: [
          { source: "VALGOV", target: "KES", cameo: "051" },
          { source: "VAL", target: "KES", cameo: "0233" },
        ],
        noEvents: false,
        error: null,
      },
    ]);
  });

  // biome-ignore format: one case per line reads as a table
  const sides: [string, Record<string, unknown>, string | null][] = [
    ["a missing source is null", { targetcode: "KES", eventcode: "010" }, null],
    ["the no-actor code --- is null", { sourcecode: "---", eventcode: "010" }, null],
    ["a lower-case code is upper-cased", { sourcecode: "val", eventcode: "010" }, "VAL"],
  ];
  for (const [behaviour, event, source] of sides) {
    test(behaviour, () => {
      const { records } = parsePetrarchRecords(line({ id: "x", date: "19990101", text: "t", events: [event] }));
      assert.equal(records[0]?.events[0]?.source, source);
    });
  }

  test("no-event and input-error records keep their flags", () => {
    const text = [
      line({ id: "n", date: "19990101", text: "t", events: [], noevents: true, error: null }),
      line({ id: "e", date: "19990101", text: "t", events: [], noevents: false, error: "dateline" }),
    ].join("\n");
    const { records } = parsePetrarchRecords(text);
    assert.deepEqual(
      records.map((r) => [r.id, r.noEvents, r.error]),
      [
        ["n", true, null],
        ["e", false, "dateline"],
      ],
    );
  });

  test("bad lines are reported with their number and skipped; blank lines are ignored", () => {
    const text = [
      "",
      "{not json",
      line({ id: "d", date: "1999-01-01", text: "t" }),
      line({ id: "ok", date: "19990101", text: "t" }),
    ].join("\n");
    const { records, bad } = parsePetrarchRecords(text);
    assert.deepEqual(
      records.map((r) => r.id),
      ["ok"],
    );
    assert.deepEqual(
      bad.map((b) => b.line),
      [2, 3],
    );
  });
});
