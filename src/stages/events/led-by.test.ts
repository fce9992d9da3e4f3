import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Sentences in our own words.

// biome-ignore format: one case per line reads as a table
const LED_BY: Row[] = [
  ["a delegation named by its country, led by someone, is met in that person", "Wang Yi met a Japanese delegation headed by Yasuo Fukuda on Monday.", ["CONSULT Wang Yi → Yasuo Fukuda | reported 2023-06-19 (relative)"]],
  ["so is one whose leader has a title", "Antony Blinken held talks with a Chinese delegation led by party envoy Liu Jianchao on Monday.", ["CONSULT Antony Blinken → Liu Jianchao | reported 2023-06-19 (relative)"]],
  ["a delegation no one is said to lead stays its country", "Wang Yi met a Japanese delegation on Monday.", ["CONSULT Wang Yi → Japan | reported 2023-06-19 (relative)"]],
];

describe("events: a delegation led by someone", () => runTable(LED_BY));
