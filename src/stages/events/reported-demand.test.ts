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

describe("events: demands reported as what another side must do", () => runTable(DEMANDS));
