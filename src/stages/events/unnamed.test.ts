import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eventsOf, type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Invented sentences.

// biome-ignore format: one case per line reads as a table
const UNNAMED_GROUP: Row[] = [
  ["a bare plural group acts", "Inmates rioted at the central prison on Friday.", ["PROTEST/riot Inmates | reported 2023-06-16 (relative)"]],
  ["a group with its adjectives keeps going on with a noun trigger", "Radical clerics continued their hunger strike outside the court.", ["PROTEST/hunger Radical clerics | reported 2023-06-20 (publication)"]],
  ["a quantity of a group with a light verb", "Thousands of teachers throughout Kenya staged mass demonstrations on Monday.", ["PROTEST/demo Thousands of teachers | reported 2023-06-19 (relative)"]],
  ["a group after a preposition is no subject", "A march by farmers was planned.", []],
  ["inhabitants of a region threaten", "Kurdish inhabitants of the Nineveh Plains threatened to block the highway unless Iraq paid them.", ["THREATEN Kurdish inhabitants → Iraq | reported 2023-06-20 (publication)"]],
  ["workers stopping work are on strike", "Some 2,000 dock workers stopped work on Monday over the new law.", ["PROTEST/strike 2,000 dock workers | reported 2023-06-19 (relative)"]],
  ["a meeting needs named sides", "Officials met in Geneva on Monday.", []],
];

// biome-ignore format: one case per line reads as a table
const VICTIMS: Row[] = [
  ["victims of an attack with no named attacker are its target", "Four Kenyan soldiers were killed in an ambush near the border.", ["ASSAULT  → Kenya | reported 2023-06-20 (publication)"]],
  ["a wounded group of a country", "Two Peruvian police officers have been wounded in a grenade blast.", ["ASSAULT  → Peru | reported 2023-06-20 (publication)"]],
  ["an arrest with no agent is not coded", "Three Bolivian nationals were arrested in Lima.", []],
  ["an unnamed group after 'by' attacks", "Two Kenyan villages were attacked by armed militiamen.", ["ASSAULT armed militiamen → Kenya | reported 2023-06-20 (publication)"]],
  ["so does one a reporter names with adjectives", "A Peruvian convoy was ambushed by heavily armed rebels near the border.", ["ASSAULT heavily armed rebels → Peru | reported 2023-06-20 (publication)"]],
  ["a by-phrase of a thing is no actor", "Three Bolivian nationals were arrested by night.", []],
];

// biome-ignore format: one case per line reads as a table
const PARTICIPLE: Row[] = [
  ["a participle after a comma shares the clause's subject", "Thousands of students marched through the capital, demanding that Kenya free the prisoners.", ["PROTEST/demo Thousands of students | reported 2023-06-20 (publication)", "REQUEST Thousands of students → Kenya | reported 2023-06-20 (publication)"]],
  ["non-governmental organisations are NGO", "Thirty NGOs signed an open letter, urging Chile to drop the charges.", ["REQUEST Thirty NGOs → Chile | reported 2023-06-20 (publication)"]],
  ["a participle with no comma is no clause of its own", "Peru accused Chile of spying.", ["ACCUSE/allege Peru → Chile | reported 2023-06-20 (publication)"]],
];

describe("events: unnamed actors", () => {
  describe("a participle clause", () => runTable(PARTICIPLE));
  describe("a group noun heads the subject", () => runTable(UNNAMED_GROUP));
  describe("victims of an attack", () => runTable(VICTIMS));
  test("a group in a country is that country's, with an id made of its words", () => {
    const [event] = eventsOf("Striking miners in Zambia blocked the main road to the border.");
    assert.deepEqual(
      event?.actors.map((a) => [a.name, a.kind, a.country, a.actor_id]),
      [["Striking miners", "group", "ZMB", "g:striking-miners"]],
    );
  });
});
