import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Invented sentences.

// biome-ignore format: one case per line reads as a table
const PLACE_TARGET: Row[] = [
  ["a curfew lifted in a country falls on it", "Kenya lifted the night curfew in Uganda on Monday.", ["CONCEDE Kenya → Uganda | reported 2023-06-19 (relative) | in Uganda"]],
  ["troops reinforced in a country", "Chile reinforced its troops in Bolivia.", ["MOBILIZE Chile → Bolivia | reported 2023-06-20 (publication) | in Bolivia"]],
  ["a visit's city gives its host", "Antony Blinken arrived in Tokyo on Monday.", ["CONSULT/visit Antony Blinken → Japan | reported 2023-06-19 (relative) | in Tokyo"]],
  ["words said in a city do not fall on it", "Peru accused Chile of spying at a summit in Tokyo.", ["ACCUSE/allege Peru → Chile | reported 2023-06-20 (publication) | in Tokyo"]],
  ["a meeting's place is no side of it", "Peru and Chile held talks in Tokyo.", ["CONSULT Peru + Chile | reported 2023-06-20 (publication) | in Tokyo"]],
];

// biome-ignore format: one case per line reads as a table
const VISITED: Row[] = [
  ["a visited capital is where the visit happens", "Sergei Lavrov visited Tokyo in 2019.", ["CONSULT/visit Sergey Lavrov → Japan | reported 2019 (stated) | in Tokyo"]],
  ["so is the capital of a visit's possessor", "Antony Blinken's visit to Jakarta ended on Monday.", ["CONSULT/visit Antony Blinken → Indonesia | reported 2023-06-19 (relative) | in Jakarta"]],
  ["a visited country is the host, not a place", "Sergei Lavrov visited Japan in 2019.", ["CONSULT/visit Sergey Lavrov → Japan | reported 2019 (stated)"]],
];

describe("events: the place an act falls on", () => {
  runTable(PLACE_TARGET);
  runTable(VISITED);
});
