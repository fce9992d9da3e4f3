import { describe } from "node:test";
import { type Row, runTable } from "./expect-coref.js";

// Published Tuesday 2023-06-20.

// biome-ignore format: one case per line reads as a table
const HE: Row[] = [
  ["'He' is the subject of the sentence before", "Sergei Lavrov arrived in New Delhi on Wednesday for a G20 meeting. He met his Indian counterpart the next day.", ["He → p:sergey-lavrov", "his → p:sergey-lavrov"]],
  ["the person in focus outlasts a sentence with no subject of its own", "Antony Blinken landed in Tokyo on Friday. Japanese officials greeted him at Haneda airport. He then met Fumio Kishida.", ["him → p:antony-blinken", "He → p:antony-blinken"]],
  ["'he' in a reported clause is the sentence's subject", "Wang Yi said he would visit Moscow in the spring.", ["he → p:wang-yi"]],
  ["'him' is the other person of the sentence, not its subject", "Wang Yi received Sergei Lavrov in Beijing and thanked him for the visit.", ["him → p:sergey-lavrov"]],
  ["'He' of the name He Lifeng is no pronoun", "Vice Premier He Lifeng flew to London for trade talks.", []],
  ["a pronoun with nobody named before it has no antecedent", "He told the assembly that the sanctions would stay in place.", ["He → nobody"]],
];

// biome-ignore format: one case per line reads as a table
const SHE: Row[] = [
  ["'she' after two people is the one the article shows to be a woman", "Australian Foreign Minister Penny Wong met Wang Yi at the G20 in Bali. Wang Yi told Ms. Wong that China valued the relationship. She said Canberra wanted stable ties.", ["She → p:penny-wong"]],
  ["'her' points through an earlier 'she' in its sentence", "Australian Foreign Minister Penny Wong landed in Beijing on Tuesday. She thanked her hosts for the invitation.", ["She → p:penny-wong", "her → p:penny-wong"]],
  ["a woman named only as 'Ms' is still an antecedent, without an actor", "Kenyan officials met Ms Achieng in Nairobi. Wang Yi arrived later. She said the road project would be finished by 2025.", ['She → "Achieng"']],
  ["'she' never points at a man the article calls 'Mr.'", "Mr. Wang Yi met Mr. Sergei Lavrov in Moscow. She said the talks were useful.", ["She → nobody"]],
];

describe("coref: personal pronouns", () => {
  describe("he, him, his", () => runTable(HE, "pronoun"));
  describe("she, her", () => runTable(SHE, "pronoun"));
});
