import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Sentences in our own words.

// biome-ignore format: one case per line reads as a table
const HOSTED: Row[] = [
  ["a talk a think tank hosts is an exchange with it, not a visit to it", "At a talk hosted by the Council on Foreign Relations in New York on Monday, Wang Yi said the two countries should cooperate.", ["CONSULT Wang Yi → Council on Foreign Relations | reported 2023-06-19 (relative) | in New York"]],
  ["so is a speech a society hosts", "At a speech hosted by the Asia Society in Washington on Thursday, Qin Gang said ties had stabilised.", ["CONSULT Qin Gang → Asia Society | reported 2023-06-15 (relative) | in Washington"]],
  ["a dinner a head of state hosts is still a meeting with the guest", "At a dinner hosted by Xi Jinping on Monday, Joe Biden said relations had improved.", ["CONSULT/visit Joe Biden → Xi Jinping | reported 2023-06-19 (relative)"]],
  ["a guest the body hosts itself still visits it", "Wang Yi was hosted by the Council on Foreign Relations in New York on Monday.", ["CONSULT/visit Wang Yi → Council on Foreign Relations | reported 2023-06-19 (relative) | in New York"]],
];

describe("events: a speaking event a body hosts", () => runTable(HOSTED));
