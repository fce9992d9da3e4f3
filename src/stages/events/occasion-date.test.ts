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

// biome-ignore format: one case per line reads as a table
const PREVIOUS_SENTENCE: Row[] = [
  ["a statement right after the dated remarks of its speaker continues them", "On Sunday it was the turn of Wang Yi, who told the visitor that ties were at a low point. Wang urged Japan to stop stoking tension.", ["REQUEST Wang Yi → Japan | reported 2023-06-18 (relative)"]],
  ["so does an accusation after a dated briefing in the same paragraph", "Sergei Lavrov spoke to reporters in Moscow on Monday about the grain deal. Lavrov accused Ukraine of breaking its promises.", ["ACCUSE/allege Sergey Lavrov → Ukraine | reported 2023-06-19 (relative)"]],
  ["a new paragraph starts a new story", "On Sunday it was the turn of Wang Yi, who told the visitor that ties were at a low point.\n\nWang urged Japan to stop stoking tension.", ["REQUEST Wang Yi → Japan | reported 2023-06-20 (publication)"]],
];

describe("events: a statement continues the dated remarks of the sentence before", () => runTable(PREVIOUS_SENTENCE));

// biome-ignore format: one case per line reads as a table
const LEAD_MEETING: Row[] = [
  ["an undated meeting after a lead that dates the talks is those talks", "Talks on Monday between the two delegations ended in Geneva without a statement.\n\nSergei Lavrov sat across the table from Antony Blinken at a lakeside hotel.", ["CONSULT Sergey Lavrov → Antony Blinken | reported 2023-06-19 (relative)"]],
  ["a visit keeps its own date", "Talks on Monday between the two delegations ended in Geneva without a statement.\n\nAntony Blinken visited Kyiv.", ["CONSULT/visit Antony Blinken → Ukraine | reported 2023-06-20 (publication) | in Kyiv"]],
  ["with no dated talks in the lead the meeting keeps the publication date", "Sergei Lavrov sat across the table from Antony Blinken at a lakeside hotel.", ["CONSULT Sergey Lavrov → Antony Blinken | reported 2023-06-20 (publication)"]],
];

describe("events: a meeting takes the date of the talks the lead dates", () => runTable(LEAD_MEETING));

// biome-ignore format: one case per line reads as a table
const ACROSS_THE_TABLE: Row[] = [
  ["two who sat across the table from a third met that third", "Antony Blinken and Jake Sullivan sat across the table from Yang Jiechi on Monday.", ["CONSULT Antony Blinken + Jake Sullivan → Yang Jiechi | reported 2023-06-19 (relative)"]],
];

describe("events: sitting across the table from someone", () => runTable(ACROSS_THE_TABLE));
