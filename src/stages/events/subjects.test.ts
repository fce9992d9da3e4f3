import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20.

// biome-ignore format: one case per line reads as a table
const QUOTE_SPEAKER: Row[] = [
  ["a post with no subject of its own is the speaker's act", 'Antony Blinken tweeted: "Spoke with Wang Yi about the situation in Gaza today."', ["CONSULT Antony Blinken → Wang Yi | reported 2023-06-20 (relative) | in Gaza"]],
  ["a speaker named after the quote", '"Spoke with Qin Gang today about Ukraine," Antony Blinken wrote.', ["CONSULT Antony Blinken → Qin Gang | reported 2023-06-20 (relative)"]],
  ["a curly quote, a place inside it", "Sergei Lavrov wrote on Telegram: “Held talks with Wang Yi in Beijing today.”", ["CONSULT Sergey Lavrov → Wang Yi | reported 2023-06-20 (relative) | in Beijing"]],
  ["a quoted clause with its own subject is not the speaker's act", '"Many countries oppose the sanctions," Wang Yi said.', []],
];

// biome-ignore format: one case per line reads as a table
const PRONOUN: Row[] = [
  ["'He' is the person named in the sentence before", "Antony Blinken arrived in Tokyo on Monday. He urged Japan to increase its defence spending.", ["CONSULT/visit Antony Blinken → Japan | reported 2023-06-19 (relative) | in Tokyo", "REQUEST Antony Blinken → Japan | reported 2023-06-20 (publication)"]],
  ["'He met' after a landing", "Wang Yi landed in Moscow on Monday. He met Sergei Lavrov on Tuesday.", ["CONSULT/visit Wang Yi → Russia | reported 2023-06-19 (relative) | in Moscow", "CONSULT Wang Yi → Sergey Lavrov | reported 2023-06-20 (relative)"]],
  ["a pronoun in a reported clause", "Qin Gang arrived in Jakarta. Officials said he urged ASEAN to reject the plan.", ["CONSULT/visit Qin Gang → Indonesia | reported 2023-06-20 (publication) | in Jakarta", "REQUEST Qin Gang → ASEAN | reported 2023-06-20 (publication)", "REJECT ASEAN | hypothetical undated (unknown)"]],
  ["a pronoun with nobody named before it is no actor", "He urged restraint.", []],
];

// biome-ignore format: one case per line reads as a table
const PHONE: Row[] = [
  ["'spoke by phone with' is a phone consultation", "Joe Biden spoke by phone with Xi Jinping on Tuesday.", ["CONSULT/phone Joe Biden → Xi Jinping | reported 2023-06-20 (relative)"]],
  ["'held a phone call with'", "Joe Biden held a phone call with Xi Jinping.", ["CONSULT/phone Joe Biden → Xi Jinping | reported 2023-06-20 (publication)"]],
  ["'phoned' on a weekday", "Antony Blinken phoned Wang Yi on Saturday.", ["CONSULT/phone Antony Blinken → Wang Yi | reported 2023-06-17 (relative)"]],
  ["a joint phone call", "Sergei Lavrov and Wang Yi spoke by telephone on Monday.", ["CONSULT/phone Sergey Lavrov + Wang Yi | reported 2023-06-19 (relative)"]],
  ["a meeting in person has no phone mode", "Joe Biden met Xi Jinping on Thursday.", ["CONSULT Joe Biden → Xi Jinping | reported 2023-06-15 (relative)"]],
  ["a call with no actors is no event", "The minister took a call from a journalist.", []],
];

describe("events: subjects the clause leaves implicit, and the phone mode", () => {
  describe("a quote's speaker as subject", () => runTable(QUOTE_SPEAKER));
  describe("a pronoun subject", () => runTable(PRONOUN));
  describe("phone calls", () => runTable(PHONE));
});
