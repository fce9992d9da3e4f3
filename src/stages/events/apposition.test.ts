import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Sentences in our own words.

// biome-ignore format: one case per line reads as a table
const TITLED_SECOND: Row[] = [
  ["a second subject with its country's title in apposition still joins the first", "French President Emmanuel Macron and Germany's Chancellor, Olaf Scholz, met in Paris on Monday.", ["CONSULT Emmanuel Macron + Olaf Scholz | reported 2023-06-19 (relative) | in Paris"]],
  ["so does one whose apposition is a rank", "Antony Blinken and China's Foreign Minister, State Councilor Wang Yi, held talks on Sunday.", ["CONSULT Antony Blinken + Wang Yi | reported 2023-06-18 (relative)"]],
  ["a subject beyond a semicolon is no partner, titled or not", "Emmanuel Macron welcomed the plan; Germany's Chancellor, Olaf Scholz, met Joe Biden on Monday.", ["SUPPORT Emmanuel Macron | reported 2023-06-19 (relative)", "CONSULT Olaf Scholz → Joe Biden | reported 2023-06-19 (relative)"]],
];

describe("events: a titled second subject in apposition", () => runTable(TITLED_SECOND));

// biome-ignore format: one case per line reads as a table
const ANOTHER_PERSON: Row[] = [
  ["someone's predecessor is not that person", "Antony Blinken met Qin Gang's predecessor, Wang Yi, in Jakarta on Thursday.", ["CONSULT Antony Blinken → Wang Yi | reported 2023-06-15 (relative)"]],
  ["nor is someone's envoy", "Joe Biden met Xi Jinping's envoy, Wang Yi, on Friday.", ["CONSULT Joe Biden → Wang Yi | reported 2023-06-16 (relative)"]],
  ["someone's delegation is still led by that person", "Antony Blinken met Wang Yi's delegation in Jakarta on Thursday.", ["CONSULT Antony Blinken → Wang Yi | reported 2023-06-15 (relative) | in Jakarta"]],
];

describe("events: `X's predecessor` names someone other than X", () => runTable(ANOTHER_PERSON));

// biome-ignore format: one case per line reads as a table
const OF_TITLES: Row[] = [
  ["a title with `of` before the second name still coordinates", "Talks between US Secretary of State Antony Blinken and Minister of Foreign Affairs Wang Yi took place on Sunday.", ["CONSULT Antony Blinken + Wang Yi | reported 2023-06-18 (relative)"]],
];

describe("events: titles with `of` between coordinated names", () => runTable(OF_TITLES));

// biome-ignore format: one case per line reads as a table
const POSSESSED: Row[] = [
  ["a possessed visit's own phrase names where it went", "Wang Yi's visit to Washington ended on Friday.", ["CONSULT/visit Wang Yi → United States | reported 2023-06-16 (relative) | in Washington"]],
  ["a possessed noun with its partner after `with`", "Antony Blinken's talks with Wang Yi lasted three hours on Monday.", ["CONSULT Antony Blinken → Wang Yi | reported 2023-06-19 (relative)"]],
  ["a country after the verb is not where the possessed visit went", "Wang Yi's visit ended weeks of silence with Japan.", ["CONSULT/visit Wang Yi | reported 2023-06-20 (publication)"]],
];

describe("events: a possessed meeting noun and its own phrase", () => runTable(POSSESSED));

// biome-ignore format: one case per line reads as a table
const ASIDE: Row[] = [
  ["a subject before a `who` aside holds the talks, not a body named inside the aside", "Wang Yi, who is also director of the Office of the Central Foreign Affairs Commission, held talks with Antony Blinken on Thursday.", ["CONSULT Wang Yi → Antony Blinken | reported 2023-06-15 (relative)"]],
  ["so with a country inside the aside", "Sergei Lavrov, who flew in from Turkey overnight, met Wang Yi on Monday.", ["CONSULT Sergey Lavrov → Wang Yi | reported 2023-06-19 (relative)"]],
  ["an aside after the object leaves the subject as it was", "On Friday, Antony Blinken met Wang Yi, who had flown in from Moscow.", ["CONSULT Antony Blinken → Wang Yi | reported 2023-06-16 (relative)"]],
];

describe("events: a subject before a `who` aside", () => runTable(ASIDE));
