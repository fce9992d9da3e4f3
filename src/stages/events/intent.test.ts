import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Invented sentences. PLOVER codes a stated intention by what it promises or threatens.

// biome-ignore format: one case per line reads as a table
const INTENT: Row[] = [
  ["future support is a promise: AGREE", "Norway will support Kenya's bid for a council seat.", ["AGREE Norway → Kenya | future undated (unknown)"]],
  ["future aid said by a spokesman is AGREE", "Japan said it would donate medical supplies to Peru.", ["AGREE Japan → Peru | hypothetical undated (unknown)"]],
  ["a future retreat is announced, so CONCEDE", "Chile announced it would withdraw its troops from the border.", ["CONCEDE Chile | future undated (unknown)"]],
  ["a future blockade is a threat", "Angry farmers said they would blockade the capital.", ["THREATEN/restrict Angry farmers | hypothetical undated (unknown)"]],
  ["a planned attack is a threat of violence", "The rebels plan to attack Ghana's northern garrison.", ["THREATEN/violence rebels → Ghana | future undated (unknown)"]],
  ["an act that took place keeps its type", "Norway supported Kenya's bid for a council seat.", ["SUPPORT Norway → Kenya | reported 2023-06-20 (publication)"]],
  ["a negated future act is a refusal", "Norway will not support Kenya's bid.", ["REJECT Norway → Kenya | reported 2023-06-20 (publication)"]],
  ["so is a meeting one side says it would not attend", "Peru said it would not meet Chilean negotiators.", ["REJECT Peru → Chile | reported 2023-06-20 (publication)"]],
  ["a negated act in the past is no refusal", "Norway did not support Kenya's bid.", ["SUPPORT Norway → Kenya | negated undated (unknown)"]],
  ["an intention with a condition is an ultimatum", "Ghana will withdraw its troops from Mali unless the junta holds elections.", ["THREATEN Ghana → Mali | future undated (unknown)"]],
  ["so is a boycott unless", "The opposition party said it will boycott Zambia's elections unless the president resigns.", ["THREATEN/restrict opposition party → Zambia | future undated (unknown)", "RETREAT/resign Zambia | hypothetical undated (unknown)"]],
];

// biome-ignore format: one case per line reads as a table
const READY: Row[] = [
  ["readiness to impose martial law is a threat", "Iraq said it is prepared to impose martial law in Basra.", ["THREATEN/restrict Iraq | reported 2023-06-20 (publication)"]],
  ["readiness to impose a curfew", "Kenya is prepared to impose a curfew in Mombasa.", ["THREATEN/restrict Kenya | reported 2023-06-20 (publication)"]],
  ["readiness to contribute troops stays an agreement", "France is ready to contribute troops to the force in Liberia.", ["AGREE France | reported 2023-06-20 (publication) | in Liberia"]],
];

describe("events: stated intentions", () => {
  runTable(INTENT);
  runTable(READY);
});
