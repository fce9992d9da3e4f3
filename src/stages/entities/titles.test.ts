import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { entitiesOf, type Row, runTable } from "./expect-entities.js";

// biome-ignore format: one case per line reads as a table
const BOUND: Row[] = [
  ["a title binds to the name after it; the country before it stays a GPE", "US Secretary of State Antony Blinken landed in Beijing on Sunday.", [["GPE", "US", "USA"], ["TITLE", "Secretary of State", null], ["PERSON", "Antony Blinken", "p:antony-blinken"], ["GPE", "Beijing", "CHN"]]],
  ["a demonym before the title stays a NORP", "Russian Foreign Minister Sergei Lavrov flew to New Delhi on Tuesday.", [["NORP", "Russian", "RUS"], ["TITLE", "Foreign Minister", null], ["PERSON", "Sergei Lavrov", "p:sergey-lavrov"], ["GPE", "New Delhi", "IND"]]],
  ["a title vouches for a person the knowledge base does not know", "French President Emmanuel Macron arrived in Beijing on Wednesday.", [["NORP", "French", "FRA"], ["TITLE", "President", null], ["PERSON", "Emmanuel Macron", "p:emmanuel-macron"], ["GPE", "Beijing", "CHN"]]],
  ["a modifier joins the title", "Former Secretary of State Mike Pompeo criticised the trip.", [["TITLE", "Former Secretary of State", null], ["PERSON", "Mike Pompeo", "p:mike-pompeo"]]],
  ["a hyphenated title binds as one title, not as 'General Antonio'", "U.N. Secretary-General Antonio Guterres called for calm in Gaza.", [["ORG", "U.N.", "o:un"], ["TITLE", "Secretary-General", null], ["PERSON", "Antonio Guterres", "p:antonio-guterres"], ["GPE", "Gaza", null]]],
  ["a title with no name after it binds nothing", "The foreign minister declined to comment on the visit.", []],
  ["a title before a verb is no person", "The Secretary of State arrived in Jakarta late on Sunday.", [["GPE", "Jakarta", "IDN"]]],
];

describe("entities: a title binds to the name it stands before", () => {
  runTable(BOUND);

  test("the person carries the span of its title", () => {
    const text = "Chinese Foreign Minister Qin Gang received the envoy.";
    const person = entitiesOf(text).find((e) => e.type === "PERSON");
    assert.equal(person?.actorId, "p:qin-gang");
    assert.deepEqual(person?.title, { start: 8, end: 24, text: "Foreign Minister" });
  });

  test("no mention straddles a title and a name ('State Antony')", () => {
    for (const text of [
      "Secretary of State Antony Blinken met Chinese President Xi Jinping.",
      "said U.S. Secretary of State Antony Blinken.",
    ]) {
      const surfaces = entitiesOf(text).map((e) => e.text);
      assert.ok(!surfaces.some((s) => /State Antony|of State/.test(s) && s !== "Secretary of State"), `${surfaces}`);
      assert.ok(surfaces.includes("Antony Blinken"));
    }
  });
});
