import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findTimexes } from "../find.js";
import { normaliseValue } from "./normalise.js";
import { scoreDocument } from "./score.js";
import { parseTml, stripTimeml } from "./tml.js";

/** A made-up document in TimeML's shape. */
const TML = `<?xml version="1.0" ?><TimeML>
<DOCID>sample</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-01-05" functionInDocument="CREATION_TIME">January 5, 2023</TIMEX3></DCT>
<TEXT>
The envoys <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2023-01-02">Monday</TIMEX3> &amp; talked for <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3>. They will meet again <TIMEX3 tid="t3" type="DATE" value="2023-W02">next week</TIMEX3>.
</TEXT></TimeML>`;

describe("TempEval-3 reading", () => {
  test("tags are stripped and TIMEX3 spans point into the plain text", () => {
    const doc = parseTml("sample", TML);
    assert.equal(doc.dct, "2023-01-05");
    for (const t of doc.timexes) assert.equal(doc.text.slice(t.start, t.end), t.text);
    assert.deepEqual(
      doc.timexes.map((t) => [t.text, t.type]),
      [
        ["Monday", "DATE"],
        ["three hours", "DURATION"],
        ["next week", "DATE"],
      ],
    );
    assert.match(doc.text, /Monday & talked/);
  });

  test("an empty TIMEX3 marks nothing", () => {
    assert.deepEqual(stripTimeml('a <TIMEX3 tid="t9" type="DATE" value="2013"/>b').timexes, []);
  });
});

describe("value normalisation", () => {
  const CASES: ReadonlyArray<[string, string | null]> = [
    ["2013-W12", "2013-03-18/2013-03-24"],
    ["2013-Q1", "2013-01/2013-03"],
    ["2012-SU", "2012-06/2012-08"],
    ["2012-WI", "2012-12/2013-02"],
    ["19", "1900/1999"],
    ["199", "1990/1999"],
    ["PRESENT_REF", "2013-03-22"],
    ["PAST_REF", null],
    ["2013-03-22T14:00", "2013-03-22"],
    ["2013-03", "2013-03"],
  ];
  for (const [gold, expected] of CASES) {
    test(`${gold} → ${expected}`, () => assert.equal(normaliseValue(gold, "2013-03-22"), expected));
  }
});

describe("scoring", () => {
  test("strict, relaxed and value counts on one document", () => {
    const doc = parseTml("sample", TML);
    const { counts } = scoreDocument(doc, findTimexes(doc.text, { publishedAt: doc.dct }));
    assert.deepEqual(counts, { gold: 2, predicted: 2, strict: 2, relaxed: 2, valueCorrect: 2 });
  });
});
