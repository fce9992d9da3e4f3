import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Mini-articles in our own words: a dated meeting, then what was said at it.

// biome-ignore format: one case per line reads as a table
const AT_MEETING: Row[] = [
  ["a demand one side made to the other takes the date of their talks", "Antony Blinken and Sergei Lavrov held talks in Geneva on Monday.\n\nLavrov urged Washington to halt the expansion of NATO.", ["CONSULT Antony Blinken + Sergey Lavrov | reported 2023-06-19 (relative) | in Geneva", "REQUEST Sergey Lavrov → United States | reported 2023-06-19 (relative)"]],
  ["so does a criticism by the other side, named by its country", "Wang Yi and Yoshimasa Hayashi met in Beijing on Sunday.\n\nChina criticised Japan over its growing defence budget.", ["CONSULT Wang Yi + Yoshimasa Hayashi | reported 2023-06-18 (relative) | in Beijing", "ACCUSE/disapprove China → Japan | reported 2023-06-18 (relative)"]],
  ["the meeting told again (`during those talks`) joins it rather than making another", "US Deputy Secretary of State Wendy Sherman held talks with Foreign Minister Wang Yi in Tianjin on Monday. During those talks the Chinese side urged Washington to change its policies.", ["CONSULT Wendy Sherman → Wang Yi | reported 2023-06-19 (relative) | in Tianjin", "REQUEST China → United States | reported 2023-06-19 (relative)"]],
  ["a statement by someone who was not at the meeting keeps the publication date", "Antony Blinken and Sergei Lavrov held talks in Geneva on Monday.\n\nVolodymyr Zelensky urged Washington to send more air defence systems.", ["CONSULT Antony Blinken + Sergey Lavrov | reported 2023-06-19 (relative) | in Geneva", "REQUEST Volodymyr Zelensky → United States | reported 2023-06-20 (publication)"]],
  ["a meeting recalled from long before the article dates nothing said now", "Antony Blinken and Sergei Lavrov held talks in Geneva on January 21, 2022.\n\nLavrov urged Washington to halt the expansion of NATO.", ["CONSULT Antony Blinken + Sergey Lavrov | reported 2022-01-21 (stated) | in Geneva", "REQUEST Sergey Lavrov → United States | reported 2023-06-20 (publication)"]],
];

describe("events: a statement between a meeting's participants takes the meeting's date", () => runTable(AT_MEETING));

// biome-ignore format: one case per line reads as a table
const SINCE_WHEN: Row[] = [
  ["a `when` clause after `since <date>` happened on that date", "It was their first meeting since July 2022, when Antony Blinken met Wang Yi at a gathering in Bali.", ["CONSULT Antony Blinken → Wang Yi | reported 2022-07 (stated) | in Bali"]],
  ["a clause after `since <date>` without `when` stays undated by it", "Antony Blinken has met Wang Yi three times since July 2022.", ["CONSULT Antony Blinken → Wang Yi | reported 2023-06-20 (publication)"]],
];

describe("events: `since <date>, when …` dates the when clause", () => runTable(SINCE_WHEN));

// biome-ignore format: one case per line reads as a table
const DELEGATION: Row[] = [
  ["a person of a side the meeting named only by its country stands for that side", "On Monday, Wang Yi held talks with an American business delegation in Beijing.\n\nWang praised Janet Yellen, a member of the delegation, for her work on relations between the two countries.", ["CONSULT Wang Yi → United States | reported 2023-06-19 (relative) | in Beijing", "SUPPORT Wang Yi → Janet Yellen | reported 2023-06-19 (relative)"]],
];

describe("events: a delegation's member at a meeting named by country", () => runTable(DELEGATION));

// biome-ignore format: one case per line reads as a table
const ALONE: Row[] = [
  ["a warning with no addressee by one who was at the meeting takes its date", "Antony Blinken and Sergei Lavrov held talks in Geneva on Monday.\n\nLavrov warned that the alliance was moving closer to Russia's borders.", ["CONSULT Antony Blinken + Sergey Lavrov | reported 2023-06-19 (relative) | in Geneva", "THREATEN Sergey Lavrov | reported 2023-06-19 (relative)"]],
  ["a country's statement with no addressee keeps the publication date", "Antony Blinken and Sergei Lavrov held talks in Geneva on Monday.\n\nRussia warned that the alliance was moving closer to its borders.", ["CONSULT Antony Blinken + Sergey Lavrov | reported 2023-06-19 (relative) | in Geneva", "THREATEN Russia | reported 2023-06-20 (publication)"]],
];

describe("events: a statement with no addressee by a meeting's participant", () => runTable(ALONE));

// biome-ignore format: one case per line reads as a table
const LATER: Row[] = [
  ["a remark made at a news conference after the meeting keeps the publication date", "Antony Blinken and Sergei Lavrov held talks in Geneva on Monday.\n\nAt a news conference, Lavrov urged Washington to halt the expansion of NATO.", ["CONSULT Antony Blinken + Sergey Lavrov | reported 2023-06-19 (relative) | in Geneva", "REQUEST Sergey Lavrov → United States | reported 2023-06-20 (publication)"]],
];

describe("events: a remark on a later occasion", () => runTable(LATER));
