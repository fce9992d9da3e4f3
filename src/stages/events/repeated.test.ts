import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Many meetings over a span have no one day: not the article's, not a
// day in the sentence; a year or month that governs them still dates them.

// biome-ignore format: one case per line reads as a table
const ROWS: Row[] = [
  ["'have met several times' is undated", "Sergei Lavrov and Antony Blinken have met several times.", ["CONSULT Sergey Lavrov + Antony Blinken | reported undated (unknown)"]],
  ["'recalled many warm meetings … on Friday': the day is the recalling's", "Narendra Modi recalled many warm meetings with Shinzo Abe on Friday.", ["CONSULT Narendra Modi → Shinzo Abe | reported undated (unknown)"]],
  ["'numerous phone calls' is undated", "Emmanuel Macron held numerous phone calls with Vladimir Putin.", ["CONSULT/phone Emmanuel Macron → Vladimir Putin | reported undated (unknown)"]],
  ["a year still dates them", "Sergei Lavrov and Antony Blinken met several times last year.", ["CONSULT Sergey Lavrov + Antony Blinken | reported 2022 (relative)"]],
  ["two calls are counted, not many: the article's date", "Emmanuel Macron held two phone calls with Vladimir Putin.", ["CONSULT/phone Emmanuel Macron → Vladimir Putin | reported 2023-06-20 (publication)"]],
  ["'many diplomats' counts the diplomats, not the talks", "Many diplomats said Sergei Lavrov held talks with Antony Blinken.", ["CONSULT Sergey Lavrov → Antony Blinken | reported 2023-06-20 (publication)"]],
];

describe("events: a repeated event has no one date", () => runTable(ROWS));
