import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { regularPlural } from "./agent-parser.js";
import { parseAgents } from "./parse-snippets.js";

describe("agent dictionary parser", () => {
  it("reads nouns, given plurals, no-plural braces and regular plurals", () => {
    const text = [
      "MINISTER_ [~GOV]",
      "CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]",
      "RIOT_POLICE {} [~COP]",
      "CHIEF EXECUTIVE [~GOV]",
      "PEACEKEEPING_TROOPS {} [IGO~]",
    ].join("\n");
    const { entries, skipped } = parseAgents(text);
    assert.deepEqual(skipped, []);
    assert.deepEqual(
      entries.map((e) => [e.noun, e.forms, e.code, e.position, e.sector, e.line]),
      [
        ["minister", ["ministers"], "GOV", "suffix", "GOV", 1],
        ["chamber of commerce", ["chambers of commerce"], "BUS", "suffix", "BUS", 2],
        ["riot police", [], "COP", "suffix", "COP", 3],
        ["chief executive", ["chief executives"], "GOV", "suffix", "GOV", 4],
        ["peacekeeping troops", [], "IGO", "prefix", null, 5],
      ],
    );
  });

  it("expands substitution sets into the forms of one agent", () => {
    const text = [
      "!PERSON! = MAN, MEN, WOMAN",
      "!MINIST! = MINISTER, MINISTRY",
      "FISHER!PERSON! [~AGR]",
      "FOREIGN_!MINIST! [~GOV]",
    ].join("\n");
    const { entries } = parseAgents(text);
    assert.deepEqual(
      entries.map((e) => [e.noun, e.forms]),
      [
        ["fisherman", ["fishermen", "fisherwoman"]],
        ["foreign minister", ["foreign ministry"]],
      ],
    );
  });

  it("reports lines with no code, a broken code, or an unknown set", () => {
    const { entries, skipped } = parseAgents(
      ["ISLAMIC_EXTREMIST", "DEPARTMENT_OF_X [~ENV}", "!NOPE!_OFFICER [~GOV]", "GUARD [GOV]"].join("\n"),
    );
    assert.deepEqual(entries, []);
    assert.deepEqual(
      skipped.map((s) => [s.line, s.reason]),
      [
        [1, "agent has no code"],
        [2, 'code bracket not closed: "[~ENV}"'],
        [3, "unknown substitution set !NOPE!"],
        [4, '"[GOV]" is not an agent code like [~GOV] or [IGO~]'],
      ],
    );
  });

  it("makes regular plurals", () => {
    assert.deepEqual(["minister", "boss", "militia", "embassy", "key"].map(regularPlural), [
      "ministers",
      "bosses",
      "militias",
      "embassies",
      "keys",
    ]);
  });
});
