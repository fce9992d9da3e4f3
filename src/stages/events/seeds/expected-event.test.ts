import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { country, eventRecord, person } from "../../../testing/events.js";
import { assignEvents } from "./assign-events.js";
import { type ExpectedEvent, matchesExpected } from "./expected-event.js";

const lin = person("p:lin", "Lin Bo", "CHN");
const ward = person("p:ward", "Ann Ward", "USA");
const talks: ExpectedEvent = {
  id: "talks",
  seed: "x.txt",
  description: "Lin visits Ward in Boston",
  type: "CONSULT",
  actors: [{ name: "Lin Bo", country: "CHN" }],
  recipients: [{ name: "Ann Ward", country: "USA" }],
  undirected: false,
  date: "2022-05-03",
  place: "Boston",
};
const coded = eventRecord({
  actors: [lin],
  recipients: [ward],
  date: "2022-05-03",
  location: { name: "Boston", country: "USA", lat: null, lon: null },
});

describe("matchesExpected: a coded event is the analyst's event", () => {
  // biome-ignore format: one case per line reads as a table
  const cases: [string, ReturnType<typeof eventRecord>, boolean][] = [
    ["the same event", coded, true],
    ["a country for its minister: compared by country", { ...coded, recipients: [country("USA", "United States")] }, true],
    ["another type", { ...coded, event_type: "AGREE" }, false],
    ["the sides swapped in a directed event", { ...coded, actors: [ward], recipients: [lin] }, false],
    ["a coarser date", { ...coded, date: "2022-05" }, false],
    ["no place", { ...coded, location: null }, false],
    ["a recipient missing", { ...coded, recipients: [] }, false],
  ];
  for (const [behaviour, event, expected] of cases)
    test(`${behaviour} → ${expected}`, () => assert.equal(matchesExpected(event, talks), expected));

  test("a date where the analyst has none is another event", () => {
    assert.ok(!matchesExpected(coded, { ...talks, date: null }));
  });

  test("an undirected event matches its sides in either slot", () => {
    const call = { ...talks, undirected: true };
    assert.ok(matchesExpected({ ...coded, actors: [ward, lin], recipients: [] }, call));
    assert.ok(matchesExpected({ ...coded, actors: [ward], recipients: [lin] }, call));
  });

  test("mode and status are checked only where the analyst gives them", () => {
    assert.ok(matchesExpected({ ...coded, mode: "visit" }, talks));
    assert.ok(!matchesExpected({ ...coded, mode: null }, { ...talks, mode: "visit" }));
    assert.ok(!matchesExpected({ ...coded, status: "future" }, { ...talks, status: "reported" }));
  });
});

describe("assignEvents: one coded event stands for one expected event", () => {
  test("two expected events and one coded event that fits both: one is left", () => {
    const again = { ...talks, id: "again" };
    assert.deepEqual([...assignEvents([talks, again], [coded])], [["talks", 0]]);
  });

  test("an event that fits only one expected event goes to it, the other takes the rest", () => {
    const loose = { ...talks, id: "loose", place: null, date: null };
    const undated = { ...coded, date: null, location: null };
    // "loose" could only take the undated one; "talks" only the dated one
    assert.deepEqual([...assignEvents([loose, talks], [coded, undated])].sort(), [
      ["loose", 1],
      ["talks", 0],
    ]);
  });
});
