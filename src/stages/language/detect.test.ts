import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { AnnotatedDoc } from "../../doc/document.js";
import { testContext } from "../../testing/context.js";
import { detectLanguage } from "./detect.js";
import { languageStage } from "./stage.js";

const ENGLISH =
  "The foreign ministers of Japan and South Korea met in Seoul on Thursday and agreed to resume regular talks, " +
  "which had been suspended for more than two years after a dispute over wartime labour.";
const FRENCH =
  "Le ministre des Affaires étrangères a rencontré son homologue chinois à Pékin jeudi. Les deux hommes ont " +
  "évoqué la guerre en Ukraine, le commerce et le climat, selon un communiqué publié par le Quai d'Orsay.";
const GERMAN =
  "Die Außenministerin traf am Donnerstag ihren chinesischen Amtskollegen in Peking. Beide Seiten sprachen " +
  "über den Krieg in der Ukraine, über Handelsfragen und über die Lage in der Straße von Taiwan.";
const SPANISH =
  "El canciller se reunió el jueves con su homólogo chino en Pekín. Ambos hablaron de la guerra en Ucrania, " +
  "del comercio bilateral y de la situación en el estrecho de Taiwán, según un comunicado oficial.";
const NAMES =
  "Present at the summit in Jakarta were Wang Yi, Sergei Lavrov, Antony Blinken, Penny Wong, Retno Marsudi, " +
  "Yoko Kamikawa, Park Jin, Melanie Joly, Subrahmanyam Jaishankar and Vivian Balakrishnan, among others.";

describe("detectLanguage", () => {
  // biome-ignore format: one case per line reads as a table
  const cases: [string, string, string][] = [
    ["an English paragraph is English", ENGLISH, "en"],
    ["an English paragraph full of names is still English", NAMES, "en"],
    ["a French paragraph is not English", FRENCH, "und"],
    ["a German paragraph is not English", GERMAN, "und"],
    ["a Spanish paragraph is not English", SPANISH, "und"],
    ["a short French line is too short to tell, and taken as English", "Le ministre a rencontré son homologue à Pékin.", "en"],
    ["a short English headline is English", "Blinken meets Wang Yi in Beijing", "en"],
    ["an empty text is English", "", "en"],
  ];
  for (const [behaviour, text, expected] of cases) test(behaviour, () => assert.equal(detectLanguage(text), expected));

  test("an English article with a French quotation in it is English", () => {
    assert.equal(
      detectLanguage(`${ENGLISH} ${ENGLISH} The minister added: « Nous restons ouverts au dialogue. »`),
      "en",
    );
  });
});

describe("languageStage", () => {
  test("sets the language and reports nothing for English", () => {
    const doc = new AnnotatedDoc(ENGLISH);
    languageStage.run(doc, testContext());
    assert.equal(doc.get("language"), "en");
    assert.deepEqual(doc.messages, []);
  });

  test("reports an article in another language, which is stored but not coded", () => {
    const doc = new AnnotatedDoc(GERMAN);
    languageStage.run(doc, testContext());
    assert.equal(doc.get("language"), "und");
    assert.deepEqual(
      doc.messages.map((m) => [m.stage, m.rule]),
      [["language", "language.not-english"]],
    );
  });
});
