import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. The subject is a reference the coref layer resolved.

// biome-ignore format: one case per line reads as a table
const GROUP: Row[] = [
  ["'the two sides' after a China–US meeting act together", "Wang Yi held talks with Antony Blinken in Beijing on Sunday. The two sides agreed to resume military dialogue.", ["CONSULT Wang Yi → Antony Blinken | reported 2023-06-18 (relative) | in Beijing", "AGREE China + United States | reported 2023-06-18 (relative)"]],
  ["'both sides' after two countries met", "China and Japan held talks in Tokyo on Monday. Both sides agreed to set up a hotline.", ["CONSULT China + Japan | reported 2023-06-19 (relative) | in Tokyo", "AGREE China + Japan | reported 2023-06-19 (relative)"]],
  ["'the two leaders' are the two people", "Xi Jinping hosted Emmanuel Macron in Guangzhou. The two leaders agreed to deepen cooperation on aviation.", ["CONSULT/visit Emmanuel Macron → Xi Jinping | reported 2023-06-20 (publication) | in Guangzhou", "AGREE Xi Jinping + Emmanuel Macron | reported 2023-06-20 (publication)"]],
  ["a reference after 'said' is the subject, not the speaker", "Xi Jinping met Joe Biden in Bali. Wang Yi said the two leaders reached a consensus on trade.", ["CONSULT Xi Jinping → Joe Biden | reported 2023-06-20 (publication) | in Bali", "AGREE Xi Jinping + Joe Biden | reported 2023-06-20 (publication)"]],
  ["'both sides' after a speaker named first", "China and Japan held talks in Tokyo. Kishida said both sides agreed to set up a hotline.", ["CONSULT China + Japan | reported 2023-06-20 (publication) | in Tokyo", "AGREE China + Japan | reported 2023-06-20 (publication)"]],
  ["a name right before the trigger stays its subject", "China and Japan held talks in Tokyo. Kishida agreed to set up a hotline.", ["CONSULT China + Japan | reported 2023-06-20 (publication) | in Tokyo", "AGREE Fumio Kishida | reported 2023-06-20 (publication)"]],
  ["a group with no pair in sight is no actor", "Japan announced new export controls on chip equipment. The two countries agreed to hold talks.", ["SANCTION/discontinue Japan | reported 2023-06-20 (publication)"]],
];

// biome-ignore format: one case per line reads as a table
const DESCRIPTION: Row[] = [
  ["'the minister' is the minister named before", "Indonesian Foreign Minister Retno Marsudi arrived in Tokyo on Monday. The minister met Fumio Kishida on Tuesday.", ["CONSULT/visit Retno Marsudi → Japan | reported 2023-06-19 (relative) | in Tokyo", "CONSULT Retno Marsudi → Fumio Kishida | reported 2023-06-20 (relative)"]],
  ["'the secretary' through the knowledge base", "US Secretary of State Antony Blinken landed in Tokyo on Monday. The secretary met Fumio Kishida on Tuesday.", ["CONSULT/visit Antony Blinken → Japan | reported 2023-06-19 (relative) | in Tokyo", "CONSULT Antony Blinken → Fumio Kishida | reported 2023-06-20 (relative)"]],
  ["a description nobody fits is no actor", "The minister met Fumio Kishida on Tuesday.", []],
];

// biome-ignore format: one case per line reads as a table
const PRONOUN: Row[] = [
  ["'She' is the woman in focus", "Australian Foreign Minister Penny Wong landed in Beijing on Tuesday. She met Wang Yi on Wednesday.", ["CONSULT/visit Penny Wong → China | reported 2023-06-20 (relative) | in Beijing", "CONSULT Penny Wong → Wang Yi | reported 2023-06-14 (relative)"]],
  ["an object pronoun is not the trigger's subject", "Antony Blinken landed in Beijing on Sunday. Wang Yi told him to respect China's red lines.", ["CONSULT/visit Antony Blinken → China | reported 2023-06-18 (relative) | in Beijing"]],
  ["a possessive pronoun is not the trigger's subject", "Penny Wong landed in Beijing on Tuesday. Her visit was the first by an Australian foreign minister since 2018.", ["CONSULT/visit Penny Wong → China | reported 2023-06-20 (relative) | in Beijing"]],
];

describe("events: subjects given by coreference", () => {
  describe("a group", () => runTable(GROUP));
  describe("a description", () => runTable(DESCRIPTION));
  describe("a pronoun", () => runTable(PRONOUN));
});
