import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20: an undated past event takes that date (publication).

// biome-ignore format: one case per line reads as a table
const ACTIVE: Row[] = [
  ["the subject acts on the object", "Antony Blinken met Wang Yi in Beijing on Monday.", ["CONSULT Antony Blinken → Wang Yi | reported 2023-06-19 (relative) | in Beijing"]],
  ["a transliterated name resolves, the place is where", "Sergei Lavrov met Wang Yi in Moscow.", ["CONSULT Sergey Lavrov → Wang Yi | reported 2023-06-20 (publication) | in Moscow"]],
  ["a country subject acts on the owner of its object", "Russia shot down a Ukrainian drone.", ["ASSAULT Russia → Ukraine | reported 2023-06-20 (publication)"]],
  ["'held talks with' takes its object as recipient", "Antony Blinken held talks with Wang Yi.", ["CONSULT Antony Blinken → Wang Yi | reported 2023-06-20 (publication)"]],
  ["an unnamed subject is no actor", "The two sides met in Geneva.", []],
];

// biome-ignore format: one case per line reads as a table
const JOINT: Row[] = [
  ["two people held talks: both act, none receives", "Antony Blinken and Wang Yi held talks in Jakarta.", ["CONSULT Antony Blinken + Wang Yi | reported 2023-06-20 (publication) | in Jakarta"]],
  ["two countries held talks on a weekday", "Japan and South Korea held talks in Seoul on Wednesday.", ["CONSULT Japan + South Korea | reported 2023-06-14 (relative) | in Seoul"]],
  ["'and the' still joins the subject", "China and the US held talks in Geneva.", ["CONSULT China + United States | reported 2023-06-20 (publication) | in Geneva"]],
  ["a joint subject of a directed verb keeps its object", "Japan and South Korea urged North Korea to halt its missile tests.", ["REQUEST Japan + South Korea → North Korea | reported 2023-06-20 (publication)"]],
];

// biome-ignore format: one case per line reads as a table
const BETWEEN: Row[] = [
  ["talks between two people: both act", "There were talks between Antony Blinken and Qin Gang in Beijing.", ["CONSULT Antony Blinken + Qin Gang | reported 2023-06-20 (publication) | in Beijing"]],
  ["talks between two countries", "Talks between Israel and Egypt resumed in Cairo.", ["CONSULT Israel + Egypt | reported 2023-06-20 (publication) | in Cairo"]],
  ["'the talks between' is no back-reference when it names its sides", "The talks between Sergei Lavrov and Wang Yi lasted three hours.", ["CONSULT Sergey Lavrov + Wang Yi | reported 2023-06-20 (publication)"]],
  ["talks between unnamed sides are not coded, the city is no side", "Talks between the two delegations resumed in Cairo.", []],
];

// biome-ignore format: one case per line reads as a table
const FRONTED: Row[] = [
  ["a fronted call names its partner; the subject after the comma acts", "In a phone call with Antony Blinken on Sunday, Qin Gang said the two sides should manage differences.", ["CONSULT/phone Qin Gang → Antony Blinken | reported 2023-06-18 (relative)"]],
  ["fronted talks in a city", "During talks with Jake Sullivan in Vienna, Wang Yi stressed that Taiwan is a red line.", ["CONSULT Wang Yi → Jake Sullivan | reported 2023-06-20 (publication) | in Vienna"]],
  ["an apposition after the noun is no framing phrase: nobody after it visited", "The visit, agreed by Presidents Joe Biden and Xi Jinping when they met in Bali, would have been the first by a US official to China since 2018.", ["AGREE Joe Biden + Xi Jinping | reported 2023-06-20 (publication) | in Bali", "CONSULT Joe Biden + Xi Jinping | reported 2023-06-20 (publication) | in Bali"]],
];

// biome-ignore format: one case per line reads as a table
const PASSIVE: Row[] = [
  ["the by-agent acts, the subject receives", "A Russian drone was shot down by Ukraine near Odesa.", ["ASSAULT Ukraine → Russia | reported 2023-06-20 (publication)"]],
  ["the by-agent after 'the' acts; the place stays a place", "The balloon was shot down by the United States off South Carolina.", ["ASSAULT United States | reported 2023-06-20 (publication) | in South Carolina"]],
  ["a plural passive subject", "Two Syrian jets were shot down by Turkey over the border.", ["ASSAULT Türkiye → Syria | reported 2023-06-20 (publication)"]],
  ["a passive with no agent has no actor: the subject is only the target", "A Ukrainian drone was shot down over Crimea.", ["ASSAULT  → Ukraine | reported 2023-06-20 (publication)"]],
  ["nor does an arrest with no agent", "Two Chinese nationals were arrested in Manila.", []],
];

// biome-ignore format: one case per line reads as a table
const POSSESSIVE: Row[] = [
  ["the possessor of a visit visits its destination", "Wang Yi's visit to Moscow ended on Friday.", ["CONSULT/visit Wang Yi → Russia | reported 2023-06-16 (relative) | in Moscow"]],
  ["a surname possessor; 'since 2018' does not date the visit", "Lavrov's visit to Pyongyang was his first since 2018.", ["CONSULT/visit Sergey Lavrov → North Korea | reported 2023-06-20 (publication) | in Pyongyang"]],
  ["the possessor of talks acts on the other side", "Xi Jinping's talks with Joe Biden lasted four hours.", ["CONSULT Xi Jinping → Joe Biden | reported 2023-06-20 (publication)"]],
  ["a possessor that names no actor codes nothing", "The delegation's visit to Moscow ended on Friday.", []],
];

// biome-ignore format: one case per line reads as a table
const HOST: Row[] = [
  ["the guest acts, the host receives", "Xi Jinping hosted Vladimir Putin in Beijing.", ["CONSULT/visit Vladimir Putin → Xi Jinping | reported 2023-06-20 (publication) | in Beijing"]],
  ["'hosted by' says the same", "Vladimir Putin was hosted by Xi Jinping in Beijing.", ["CONSULT/visit Vladimir Putin → Xi Jinping | reported 2023-06-20 (publication) | in Beijing"]],
  ["titled people the knowledge base does not know", "Chancellor Olaf Scholz hosted Polish President Andrzej Duda in Berlin.", ["CONSULT/visit Andrzej Duda → Olaf Scholz | reported 2023-06-20 (publication) | in Berlin"]],
  ["an organisation hosting, the speaker after the frame is the guest", "At a dinner hosted by the Asia Society in New York, Wang Yi said ties could improve.", ["CONSULT/visit Wang Yi → Asia Society | reported 2023-06-20 (publication) | in New York"]],
  ["hosting a thing, not a guest, is no meeting", "Chinese President Xi Jinping hosted a banquet.", []],
];

describe("events: who acts on whom", () => {
  describe("active voice", () => runTable(ACTIVE));
  describe("joint subject", () => runTable(JOINT));
  describe("talks between", () => runTable(BETWEEN));
  describe("fronted noun", () => runTable(FRONTED));
  describe("passive", () => runTable(PASSIVE));
  describe("possessive noun", () => runTable(POSSESSIVE));
  describe("host and guest", () => runTable(HOST));
});
