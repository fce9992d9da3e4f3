import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { countryLevel, participantCode } from "./petrarch-codes.js";
import type { LabelTable } from "./petrarch-match.js";
import { matchLabels } from "./petrarch-match.js";
import { byCategory } from "./petrarch-report.js";
import { type CodedTriple, scorePetrarch } from "./petrarch-score.js";

const coded = (source: string | null, target: string | null, cameo: string, type: string): CodedTriple => ({
  source,
  target,
  cameo,
  type,
});

describe("countryLevel and participantCode: actor codes at the country level", () => {
  // biome-ignore format: one case per line reads as a table
  const cases: [string | null, string | null][] = [
    ["VALGOV", "VAL"], ["JAP", "JPN"], ["ROMMIL", "ROU"], ["IGOEEU", "IGO"], ["---", null], [null, null],
  ];
  for (const [code, level] of cases) test(`${code} → ${level}`, () => assert.equal(countryLevel(code), level));

  test("an imported role's code wins over the actor's country; a built-in actor gives its country", () => {
    const base = { actor_id: "x", name: "x", kind: "organization" as const, sector: null, text: "x" };
    assert.equal(participantCode({ ...base, country: null, role: "Military (VALMIL)" }), "VALMIL");
    assert.equal(participantCode({ ...base, country: null, role: "KES" }), "KES");
    assert.equal(participantCode({ ...base, country: "FRA", role: "Foreign minister" }), "FRA");
    assert.equal(participantCode({ ...base, country: "FRA", role: "CEO" }), "FRA");
  });
});

describe("matchLabels: multiset matching per sentence", () => {
  test("each gold label takes one equal coded label; the rest pair in order as confusions", () => {
    const table: LabelTable = {};
    assert.deepEqual(matchLabels(["04", "06", "04"], ["06", "05"], table), { correct: 1, extra: 0 });
    assert.deepEqual(table["04"], { n: 2, correct: 0, as: { "05": 1, none: 1 } });
    assert.deepEqual(table["06"], { n: 1, correct: 1, as: {} });
  });

  test("coded labels beyond the gold count are extra", () => {
    assert.deepEqual(matchLabels(["04"], ["04", "04", "19"], {}), { correct: 1, extra: 2 });
  });
});

describe("scorePetrarch", () => {
  const score = scorePetrarch([
    {
      id: "both right at the country level",
      gold: [{ source: "VAL", target: "KES", cameo: "042" }],
      coded: [coded("VALGOV", "KES", "040", "CONSULT")],
    },
    {
      id: "wrong root, target missed",
      gold: [{ source: "KES", target: "VAL", cameo: "112" }],
      coded: [coded("KES", null, "120", "REJECT")],
    },
    { id: "no gold event, one coded", gold: [], coded: [coded("VAL", "KES", "190", "ASSAULT")] },
  ]);

  test("root accuracy counts gold events; a coded event in a no-event sentence is extra", () => {
    assert.equal(score.goldEvents, 2);
    assert.equal(score.rootCorrect, 1);
    assert.equal(score.spurious, 1);
    assert.deepEqual(score.perRoot["11"], { n: 1, correct: 0, as: { "12": 1 } });
  });

  test("PLOVER types compare gold through the CAMEO crosswalk", () => {
    assert.deepEqual(score.perType.CONSULT, { n: 1, correct: 1, as: {} });
    assert.deepEqual(score.perType.ACCUSE, { n: 1, correct: 0, as: { REJECT: 1 } });
  });

  test("dyads are (side, country) pairs per sentence; triples add the root", () => {
    // coded pairs: S:VAL T:KES | S:KES | S:VAL T:KES; gold: S:VAL T:KES | S:KES T:VAL
    assert.deepEqual([score.dyad.tp, score.dyad.fp, score.dyad.fn], [3, 2, 1]);
    assert.deepEqual([score.triple.tp, score.triple.fp, score.triple.fn], [1, 2, 1]);
  });
});

describe("byCategory", () => {
  test("counts gold events, those whose root was coded, and sentences coded with nothing", () => {
    const gold = { source: "VAL", target: "KES", cameo: "042" };
    assert.deepEqual(
      byCategory([
        { id: "a", category: "VERB", gold: [gold], coded: [coded("VAL", "KES", "040", "CONSULT")] },
        { id: "b", category: "VERB", gold: [gold], coded: [] },
      ]),
      { VERB: { sentences: 2, gold: 2, correct: 1, silent: 1 } },
    );
  });
});
