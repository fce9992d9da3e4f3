import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Invented sentences: a quantity before `of` leaves its people the subject.

// biome-ignore format: one case per line reads as a table
const ROWS: Row[] = [
  ["'thousands of' a people rally", "Thousands of Nigerians were converging on Lagos for a rally against the new law.", ["PROTEST/demo Nigeria | reported 2023-06-20 (publication)"]],
  ["'dozens of' a people protest, not the embassy they stand at", "Dozens of Malians gathered outside the French embassy for a protest.", ["PROTEST/demo Mali | reported 2023-06-20 (publication)"]],
  ["a people after a verb's preposition is still acted on", "The army fired on hundreds of Sudanese protesters.", ["ASSAULT/firearms army → Sudan | reported 2023-06-20 (publication)"]],
];

describe("events: quantities of people as subjects", () => runTable(ROWS));
