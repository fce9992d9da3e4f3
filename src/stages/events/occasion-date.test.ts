import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Mini-articles in our own words; the lead dates an interview or a briefing.

// biome-ignore format: one case per line reads as a table
const LEAD_OCCASION: Row[] = [
  ["an undated call later in the article belongs to the interview the lead dates", "Sergei Lavrov told a Russian newspaper on Friday in an interview that Moscow was open to talks.\n\nLavrov called on the United States to stop arming Ukraine.", ["REQUEST Sergey Lavrov → United States | reported 2023-06-16 (relative)"]],
  ["so does an accusation by the speaker of a dated briefing", "Wang Yi told reporters at a briefing on Sunday that relations with Tokyo were at a low point.\n\nWang accused Japan of stoking tension in the region.", ["ACCUSE/allege Wang Yi → Japan | reported 2023-06-18 (relative)"]],
  ["a statement by someone else keeps the publication date", "Sergei Lavrov told a Russian newspaper on Friday in an interview that Moscow was open to talks.\n\nAntony Blinken called on Russia to respect the ceasefire.", ["REQUEST Antony Blinken → Russia | reported 2023-06-20 (publication)"]],
  ["a statement with its own date keeps it", "Sergei Lavrov told a Russian newspaper on Friday in an interview that Moscow was open to talks.\n\nOn Monday, Lavrov called on the United States to stop arming Ukraine.", ["REQUEST Sergey Lavrov → United States | reported 2023-06-19 (relative)"]],
];

describe("events: a statement takes the date of the occasion the lead dates", () => runTable(LEAD_OCCASION));
