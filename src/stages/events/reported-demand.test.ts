import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Invented sentences.

// biome-ignore format: one case per line reads as a table
const DEMANDS: Row[] = [
  ["the speaker demands, the subject of 'must' receives", "Peru said on Monday that Chile must pay for the damage.", ["REQUEST Peru → Chile | reported 2023-06-19 (relative)"]],
  ["a reminder to a country that it should comply", "Norway issued a reminder to Kenya that it should respect the accord.", ["REQUEST Norway → Kenya | reported 2023-06-20 (publication)"]],
  ["a titled speaker telling two sides", "Foreign Minister Ana Pires of Brazil declared that Bolivia and Paraguay must settle the dispute.", ["REQUEST Ana Pires → Bolivia + Paraguay | reported 2023-06-20 (publication)"]],
  ["a speaker telling itself makes no demand", "Peru said it must protect its fishermen.", []],
  ["a modal with no speaker is no demand", "Chile must pay for the damage.", []],
];

// biome-ignore format: one case per line reads as a table
const SAID_PRONOUN: Row[] = [
  ["a country says it will not accept", "Jordan says it will not accept more refugees from Syria.", ["REJECT Jordan → Syria | reported 2023-06-20 (publication)"]],
  ["a group announced that they would release", "The rebels announced that they would release two Kenyan hostages.", ["CONCEDE rebels → Kenya | hypothetical undated (unknown)"]],
  ["a pronoun with no speech verb before it stays unresolved", "It will not accept more refugees from Syria.", []],
];

// biome-ignore format: one case per line reads as a table
const AT_LEAST: Row[] = [
  ["'at least' before a nationality is no place", "At least four Malian soldiers were killed in the ambush.", ["ASSAULT  → Mali | reported 2023-06-20 (publication)"]],
];

describe("events: demands reported as what another side must do", () => runTable(DEMANDS));
describe("events: a pronoun opening a reported clause is the speaker", () => runTable(SAID_PRONOUN));
describe("events: quantities are not places", () => runTable(AT_LEAST));
