import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type Named, quotesOf } from "./expect-quotes.js";

/** The speaker of each direct quotation, as `surface=actorId`. */
function speakersOf(text: string, named: Named[]): (string | null)[] {
  return quotesOf(text, named)
    .filter((q) => q.kind === "direct")
    .map((q) => (q.speaker ? `${q.speaker.text}=${q.speaker.actorId}` : null));
}

// [behaviour, text, entities in the text, the speaker of each quote]
// biome-ignore format: one case per line reads as a table
const CASES: [string, string, Named[], (string | null)[]][] = [
  ["a name and a speech verb after the quote", '"We want stable relations with our neighbours," Wang Yi said.', [["Wang Yi", "PERSON", "p:wang-yi"]], ["Wang Yi=p:wang-yi"]],
  ["a speech verb, then the name, after the quote", '"Dialogue is the only path forward," said Sergei Lavrov.', [["Sergei Lavrov", "PERSON", "p:sergey-lavrov"]], ["Sergei Lavrov=p:sergey-lavrov"]],
  ["an organisation after the quote", '"The alliance will not be divided," NATO said in a statement.', [["NATO", "ORG", "o:nato"]], ["NATO=o:nato"]],
  ["no speech verb after the quote, no speaker", '"No to war in Europe" was painted on a banner near Vienna.', [["Vienna", "GPE", null]], [null]],
  ["a pronoun after the quote is the subject of the sentence before", 'Antony Blinken met Wang Yi. "The talks were candid and constructive," he said.', [["Antony Blinken", "PERSON", "p:antony-blinken"], ["Wang Yi", "PERSON", "p:wang-yi"]], ["Antony Blinken=p:antony-blinken"]],
  ["a pronoun with 'told'", 'Sergei Lavrov arrived in Ankara on Monday. "We came to listen," he told reporters.', [["Sergei Lavrov", "PERSON", "p:sergey-lavrov"]], ["Sergei Lavrov=p:sergey-lavrov"]],
  ["a pronoun with nobody named before it, no speaker", '"We will keep our channels open," he said.', [], [null]],
  ["a name and a speech verb before the quote", 'Wang Yi said: "China will never accept interference in its internal affairs."', [["Wang Yi", "PERSON", "p:wang-yi"]], ["Wang Yi=p:wang-yi"]],
  ["a speech verb with an object before a curly quote", "Sergei Lavrov told reporters: “Moscow is open to dialogue with Kyiv.”", [["Sergei Lavrov", "PERSON", "p:sergey-lavrov"], ["Kyiv", "GPE", "UKR"]], ["Sergei Lavrov=p:sergey-lavrov"]],
  ["a name before the quote without a speech verb, no speaker", 'Photos showed Wang Yi beside a sign that read "Peace through dialogue and trust".', [["Wang Yi", "PERSON", "p:wang-yi"]], [null]],
  ["the name opening the words after a quote wins over a body in its aside", '"We will keep the archive open to researchers," Tomasz Nowak, director of the Auschwitz-Birkenau State Museum said.', [["Tomasz Nowak", "PERSON", "p:tomasz-nowak"], ["Auschwitz-Birkenau State Museum", "ORG", "o:auschwitz-museum"]], ["Tomasz Nowak=p:tomasz-nowak"]],
  ["the same with a closed aside", '"The files will stay sealed," Tomasz Nowak, a museum director, told reporters.', [["Tomasz Nowak", "PERSON", "p:tomasz-nowak"]], ["Tomasz Nowak=p:tomasz-nowak"]],
  ["a name after a quote with no verb of saying is no speaker", '"Remember the victims, warn the living" was the message Tomasz Nowak carried to Berlin.', [["Tomasz Nowak", "PERSON", "p:tomasz-nowak"], ["Berlin", "GPE", "DEU"]], [null]],
  ["each quote of a paragraph has its own speaker", 'Qin Gang said: "Taiwan is part of China." "We hope for calm in the strait," Antony Blinken said.', [["Qin Gang", "PERSON", "p:qin-gang"], ["China", "GPE", "CHN"], ["Antony Blinken", "PERSON", "p:antony-blinken"]], ["Qin Gang=p:qin-gang", "Antony Blinken=p:antony-blinken"]],
];

describe("quotes: the speaker of a quotation", () => {
  for (const [behaviour, text, named, expected] of CASES) {
    test(behaviour, () => assert.deepEqual(speakersOf(text, named), expected));
  }

  test("a scare quote makes no quote record at all", () => {
    assert.deepEqual(
      speakersOf('Wang Yi said the "exploring" period was over.', [["Wang Yi", "PERSON", "p:wang-yi"]]),
      [],
    );
  });
});
