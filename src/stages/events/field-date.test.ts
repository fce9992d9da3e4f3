import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Readouts in labelled fields, in our own words.

// biome-ignore format: one case per line reads as a table
const FIELDS: Row[] = [
  ["the WHEN field dates the WHAT line", "WHAT: Video call between Foreign Minister of Japan Yoko Kamikawa and Foreign Minister of Australia Penny Wong.\n\nWHEN: Friday, June 16, 2023.", ["CONSULT/phone Yoko Kamikawa + Penny Wong | reported 2023-06-16 (stated)"]],
  ["a DATE field does the same for a meeting", "EVENT: Talks between Wang Yi and Antony Blinken.\nDATE: June 18, 2023", ["CONSULT Wang Yi + Antony Blinken | reported 2023-06-18 (stated)"]],
  ["without a WHEN field the WHAT line keeps the publication date", "WHAT: Video call between Wang Yi and Antony Blinken.\n\nWHY: Both sides sought to steady ties.", ["CONSULT/phone Wang Yi + Antony Blinken | reported 2023-06-20 (publication)"]],
];

describe("events: a readout's WHEN field dates its WHAT line", () => runTable(FIELDS));
