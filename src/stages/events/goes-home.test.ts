import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Invented sentences.

// biome-ignore format: one case per line reads as a table
const HOME: Row[] = [
  ["a minister's trip to his own country is no visit between states", "Wang Yi flew to China after the summit.", []],
  ["nor is an envoy going back home", "Xie Feng travelled to China for consultations.", []],
  ["a visit abroad stays a visit", "Wang Yi travelled to Russia after the summit.", ["CONSULT/visit Wang Yi → Russia | reported 2023-06-20 (publication)"]],
];

describe("trips home", () => {
  runTable(HOME);
});
