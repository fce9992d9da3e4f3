import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { AnnotatedDoc } from "../../doc/document.js";
import type { EntityMention } from "../../doc/layers.js";
import { mention, testContext } from "../../testing/context.js";
import { splitSentences } from "../sentences/split.js";
import { quotesStage } from "./stage.js";

type Named = [surface: string, type: EntityMention["type"], actorId: string | null];

/** Runs the quotes stage alone on sentences and entities set by hand; returns each quote's speaker. */
function speakersOf(text: string, named: Named[]): (string | null)[] {
  const doc = new AnnotatedDoc(text);
  doc.set(
    "sentences",
    splitSentences(text).map((s, index) => ({ ...s, index, furniture: false })),
  );
  doc.set(
    "entities",
    named.map(([surface, type, id]) => mention(text, surface, type, id)).sort((a, b) => a.start - b.start),
  );
  quotesStage.run(doc, testContext());
  const quotes = doc.get("quotes");
  for (const q of quotes) assert.equal(doc.slice(q), q.text);
  return quotes.map((q) => (q.speaker ? `${q.speaker.text}=${q.speaker.actorId}` : null));
}

// [behaviour, text, entities in the text, the speaker of each quote]
// biome-ignore format: one case per line reads as a table
const CASES: [string, string, Named[], (string | null)[]][] = [
  ["a name and a speech verb after the quote", '"We want stable relations with our neighbours," Wang Yi said.', [["Wang Yi", "PERSON", "p:wang-yi"]], ["Wang Yi=p:wang-yi"]],
  ["a speech verb, then the name, after the quote", '"Dialogue is the only path forward," said Sergei Lavrov.', [["Sergei Lavrov", "PERSON", "p:sergey-lavrov"]], ["Sergei Lavrov=p:sergey-lavrov"]],
  ["an organisation after the quote", '"The alliance will not be divided," NATO said in a statement.', [["NATO", "ORG", "o:nato"]], ["NATO=o:nato"]],
  ["no speech verb after the quote, no speaker", '"No to war in Europe" was painted on a banner near Vienna.', [["Vienna", "GPE", null]], [null]],
  ["a pronoun after the quote is the last person named before it", 'Antony Blinken met Wang Yi. "The talks were candid and constructive," he said.', [["Antony Blinken", "PERSON", "p:antony-blinken"], ["Wang Yi", "PERSON", "p:wang-yi"]], ["Wang Yi=p:wang-yi"]],
  ["a pronoun with 'told'", 'Sergei Lavrov arrived in Ankara on Monday. "We came to listen," he told reporters.', [["Sergei Lavrov", "PERSON", "p:sergey-lavrov"]], ["Sergei Lavrov=p:sergey-lavrov"]],
  ["a pronoun with nobody named before it, no speaker", '"We will keep our channels open," he said.', [], [null]],
  ["a name and a speech verb before the quote", 'Wang Yi said: "China will never accept interference in its internal affairs."', [["Wang Yi", "PERSON", "p:wang-yi"]], ["Wang Yi=p:wang-yi"]],
  ["a speech verb with an object before a curly quote", "Sergei Lavrov told reporters: “Moscow is open to dialogue with Kyiv.”", [["Sergei Lavrov", "PERSON", "p:sergey-lavrov"], ["Kyiv", "GPE", "UKR"]], ["Sergei Lavrov=p:sergey-lavrov"]],
  ["a name before the quote without a speech verb, no speaker", 'Photos showed Wang Yi beside a sign that read "Peace through dialogue and trust".', [["Wang Yi", "PERSON", "p:wang-yi"]], [null]],
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
