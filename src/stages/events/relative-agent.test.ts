import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Sentences in our own words.

// biome-ignore format: one case per line reads as a table
const RELATIVE_AGENT: Row[] = [
  ["the subject of `that X announced` put the measure in place, not the speaker", "Speaking in Tokyo on Friday, Janet Yellen said she was worried about the export controls on chips that Japan announced on Monday.", ["SANCTION/discontinue Japan | reported 2023-06-19 (relative)"]],
  ["a verb's form used as a noun reads the same, with what the measure applies to", "Wang Yi objected to sanctions on Chinese and Hong Kong officials that Washington had announced a day earlier.", ["ACCUSE/disapprove Wang Yi → United States | reported 2023-06-20 (publication)", "SANCTION/discontinue United States → China + Hong Kong | reported 2023-06-20 (publication)"]],
  ["criticism of the measures other sides took stays with the side named", "Britain criticised China over the tariffs on steel that Washington announced on Monday.", ["ACCUSE/disapprove United Kingdom → China | reported 2023-06-19 (relative)"]],
  ["a relative clause of another verb names no actor of the measure", "Canada imposed new sanctions on Iranian officials on Monday that Ottawa says abused protesters.", ["SANCTION/discontinue Canada → Iran | reported 2023-06-19 (relative)"]],
];

describe("events: a measure's actor named in a relative clause", () => runTable(RELATIVE_AGENT));
