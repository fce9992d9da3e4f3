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
  ["a religious title vouches for a person", "Cardinal Tomas Brenner visited Jakarta on Friday.", [["TITLE", "Cardinal", null], ["PERSON", "Tomas Brenner", "p:tomas-brenner"], ["GPE", "Jakarta", "IDN"]]],
  ["a leader after a demonym binds to the name", "Ghanaian leader Kofi Mensah met the envoy.", [["NORP", "Ghanaian", "GHA"], ["TITLE", "leader", null], ["PERSON", "Kofi Mensah", "p:kofi-mensah"]]],
  ["a title before one unknown name makes a new person", "President Mbeko flew to Jakarta.", [["TITLE", "President", null], ["PERSON", "Mbeko", "p:mbeko"], ["GPE", "Jakarta", "IDN"]]],
  ["an abbreviated title keeps its period", "Gen. Ana Ortiz met the troops on Monday.", [["TITLE", "Gen.", null], ["PERSON", "Ana Ortiz", "p:ana-ortiz"]]],
  ["a two-word title wins over its first word", "Lieutenant General Sam Price of the US Army spoke.", [["TITLE", "Lieutenant General", null], ["PERSON", "Sam Price", "p:sam-price"], ["GPE", "US", "USA"]]],
  ["a leadership word with no name after it binds nothing", "The leader of the group declined to comment.", []],
];

// biome-ignore format: one case per line reads as a table
const HELD: [string, string, string, string | null][] = [
  ["`former` before a country word belongs to the title the person holds", "The delegation was led by former US treasury secretary Lawrence Summers.", "former US treasury secretary", "entities.title.former"],
  ["and before a demonym", "The panel included former Japanese foreign minister Taro Kono.", "former Japanese foreign minister", "entities.title.former"],
  ["`former` next to the title is inside the TITLE mention", "Former Secretary of State Mike Pompeo criticised the trip.", "Former Secretary of State", "entities.title"],
  ["a country word with no modifier before it stays outside the title", "US Secretary of State Antony Blinken landed in Beijing.", "Secretary of State", "entities.title"],
];

describe("entities: a title binds to the name it stands before", () => {
  runTable(BOUND);

  for (const [behaviour, text, held, rule] of HELD) {
    test(behaviour, () => {
      const found = entitiesOf(text);
      const person = found.find((e) => e.type === "PERSON");
      assert.equal(person?.title?.text, held);
      assert.equal(text.slice(person?.title?.start, person?.title?.end), held);
      assert.equal(found.find((e) => e.type === "TITLE")?.rule, rule);
      // the country inside stays a country mention, and is the person's country
      if (/ (?:US|Japanese) /.test(held)) assert.ok(found.some((e) => e.type === "GPE" || e.type === "NORP"));
    });
  }

  test("a person new to the knowledge base takes the country inside the title it holds", () => {
    const person = entitiesOf("The talks were hosted by former Kenyan trade minister Amina Waweru.").find(
      (e) => e.type === "PERSON",
    );
    assert.deepEqual([person?.actorId, person?.country], ["p:amina-waweru", "KEN"]);
  });

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
