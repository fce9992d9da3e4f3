import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { country, person } from "../testing/events.js";
import { type EventSides, mergeParticipants } from "./merge-participants.js";

const usa = country("USA", "United States");
const chn = country("CHN", "China");
const fra = country("FRA", "France");
const ward = person("p:ann-ward", "Ann Ward", "USA");
const lin = person("p:lin-bo", "Lin Bo", "CHN");
const sides = (actors: EventSides["actors"], recipients: EventSides["recipients"] = []): EventSides => ({
  actors,
  recipients,
});
const names = (s: EventSides) =>
  `${s.actors.map((a) => a.name).join("+")} > ${s.recipients.map((a) => a.name).join("+")}`;

describe("mergeParticipants: a joining report's participants", () => {
  // biome-ignore format: one case per line reads as a table
  const cases: [string, EventSides, EventSides, string][] = [
    ["the same participants: nothing changes", sides([ward], [lin]), sides([ward], [lin]), "Ann Ward > Lin Bo"],
    ["a person replaces the country that stood for them", sides([usa], [lin]), sides([ward], [lin]), "Ann Ward > Lin Bo"],
    ["a missing host is filled", sides([usa]), sides([ward], [chn]), "Ann Ward > China"],
    ["a country stays when the report names nobody more precise", sides([ward], [lin]), sides([usa], [chn]), "Ann Ward > Lin Bo"],
    ["another country is not taken", sides([ward], [chn]), sides([ward], [fra]), "Ann Ward > China"],
    ["participants on swapped sides are not added twice", sides([ward], [lin]), sides([lin], [ward]), "Ann Ward > Lin Bo"],
    ["a joint pair of countries takes their people", sides([chn, usa]), sides([ward, lin]), "Lin Bo+Ann Ward > "],
    ["a meeting no side hosts gets no host", sides([ward, lin]), sides([ward, lin], [chn]), "Ann Ward+Lin Bo > "],
  ];
  for (const [behaviour, stored, incoming, expected] of cases)
    it(behaviour, () => assert.equal(names(mergeParticipants(stored, incoming)), expected));
});
