import { describe } from "node:test";
import { type Row, runTable } from "./expect-coref.js";

// Published Tuesday 2023-06-20: Antony Blinken is Secretary of State and Xi Jinping President.

// biome-ignore format: one case per line reads as a table
const PEOPLE: Row[] = [
  ["'the minister' is the foreign minister named earlier, not the man he met", "Indonesian Foreign Minister Retno Marsudi hosted Antony Blinken in Jakarta. The minister said ASEAN would not take sides.", ["The minister → p:retno-marsudi"]],
  ["a description is not the subject of its own sentence", "Indonesian Foreign Minister Retno Marsudi hosted Sergei Lavrov in Jakarta. Russian Foreign Minister Sergei Lavrov said the minister had been a generous host.", ["the minister → p:retno-marsudi"]],
  ["'the secretary' through a role in the knowledge base", "Antony Blinken met Fumio Kishida in Tokyo. The secretary later flew on to Seoul.", ["The secretary → p:antony-blinken"]],
  ["'the US diplomat': a role and a country", "Wang Yi hosted Antony Blinken in Beijing. The US diplomat said the talks were candid.", ["The US diplomat → p:antony-blinken"]],
  ["'the Chinese leader' is the Chinese head of state, not the American guest", "Xi Jinping received Antony Blinken at the Great Hall of the People. The Chinese leader called for stable ties.", ["The Chinese leader → p:xi-jinping"]],
  ["'the president' is not a vice president", "Vice President Kamala Harris met Fumio Kishida in Tokyo. The president is expected in Japan next month.", ["The president → nobody"]],
  ["a description with nobody fitting before it has no antecedent", "The ambassador was summoned on Monday over the drone incident.", ["The ambassador → nobody"]],
  ["a description followed by a name is a title, not a reference", "The envoy Xie Feng presented his credentials in Washington.", []],
  ["a former office holder is somebody else", "Antony Blinken met Fumio Kishida. The former president had visited in May.", []],
];

// biome-ignore format: one case per line reads as a table
const BODIES: Row[] = [
  ["'the ministry' is the ministry named earlier", "China's Foreign Ministry summoned the Japanese ambassador. The ministry said the release of the water was irresponsible.", ["the Japanese ambassador → nobody", "The ministry → o:chn-mfa"]],
  ["'the alliance' is NATO", "NATO foreign ministers gathered in Oslo. The alliance said its door remained open.", ["The alliance → o:nato"]],
  ["a body never named has no antecedent", "The ministry said in a statement that the exercises would continue.", ["The ministry → nobody"]],
];

describe("coref: descriptions", () => {
  describe("people by title or role", () => runTable(PEOPLE, "description"));
  describe("organisations by name", () => runTable(BODIES, "description"));
});
