import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. An agreement to meet (future talks) and an agreement of other
// content are two events, even between the same two sides with no date.

// biome-ignore format: one case per line reads as a table
const APART: Row[] = [
  ["an agreement to cooperate and planned talks", "Canada and Mexico agreed to cooperate on migration. The two sides will soon hold talks on energy.", ["AGREE Canada + Mexico | future undated (unknown)", "AGREE Canada + Mexico | future undated (unknown)"]],
  ["a pledge to cooperate and a planned round of talks", "India and China agreed to work together to keep the border calm. The two sides will also hold consultations on trade.", ["AGREE India + China | future undated (unknown)", "AGREE India + China | future undated (unknown)"]],
];

// biome-ignore format: one case per line reads as a table
const TOGETHER: Row[] = [
  ["the same planned talks told twice are one event", "Iran and France will hold talks on shipping. The two sides agreed to meet soon.", ["AGREE Iran + France | future undated (unknown)"]],
];

describe("events: an agreement to meet is apart from an agreement of other content", () => {
  describe("two events", () => runTable(APART));
  describe("one event", () => runTable(TOGETHER));
});
