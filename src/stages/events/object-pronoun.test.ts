import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. An object pronoun the coref layer resolves names the other side.

// biome-ignore format: one case per line reads as a table
const ROWS: Row[] = [
  ["'met him' after the guest is named", "Olaf Scholz arrived in Paris. Emmanuel Macron met him on Monday.", ["CONSULT/visit Olaf Scholz → France | reported 2023-06-20 (publication) | in Paris", "CONSULT Emmanuel Macron → Olaf Scholz | reported 2023-06-19 (relative)"]],
  ["'a meeting with him (Scholz)' in a post quoted", "Olaf Scholz left Washington. Joe Biden wrote on Twitter: \"I had a good meeting with him (Scholz) today.\"", ["CONSULT Joe Biden → Olaf Scholz | reported 2023-06-20 (relative)"]],
  ["a pronoun with no one to point at names no side", "Emmanuel Macron met him in Paris.", []],
];

describe("events: an object pronoun is the other side", () => runTable(ROWS));
