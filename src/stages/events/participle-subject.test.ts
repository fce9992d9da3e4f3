import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Sentences in our own words.

// biome-ignore format: one case per line reads as a table
const MAIN_SUBJECT: Row[] = [
  ["a participle clause warns with the main clause's subject, not the name before it", "Canada condemned the steel tariffs that Washington announced on Monday, warning that they would hurt trade.", ["ACCUSE/disapprove Canada | reported 2023-06-19 (relative)", "THREATEN Canada | reported 2023-06-19 (relative)"]],
  ["and urges with it", "Mexico criticised the duties that Washington imposed on Monday, urging a swift review.", ["ACCUSE/disapprove Mexico | reported 2023-06-19 (relative)", "REQUEST Mexico | reported 2023-06-19 (relative)"]],
  ["a fronted noun is no main clause whose subject the participle takes", "Before Antony Blinken's visit to Beijing, the protesters marched on Monday, demanding that he raise their cause.", ["CONSULT/visit Antony Blinken → China | reported undated (unknown) | in Beijing", "PROTEST/demo protesters | reported 2023-06-19 (relative)", "REQUEST protesters | reported 2023-06-19 (relative)"]],
];

describe("events: a participle clause shares the main clause's subject", () => runTable(MAIN_SUBJECT));
