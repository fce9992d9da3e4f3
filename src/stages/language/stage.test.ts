import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyze } from "../../analyze.js";
import { AnnotatedDoc } from "../../doc/document.js";
import { testContext } from "../../testing/context.js";
import { ENGLISH_PARAGRAPHS } from "./english-paragraphs.fixture.js";
import { FOREIGN } from "./foreign-paragraphs.fixture.js";
import { languageStage } from "./stage.js";

const run = (text: string) => {
  const doc = new AnnotatedDoc(text);
  languageStage.run(doc, testContext());
  return { language: doc.get("language"), messages: doc.messages };
};

describe("languageStage", () => {
  test("sets `en` and reports nothing for English", () => {
    assert.deepEqual(run(ENGLISH_PARAGRAPHS[0]?.[1] ?? ""), { language: "en", messages: [] });
  });

  // biome-ignore format: one case per line reads as a table
  const reported: [string, string, string, string][] = [
    ["French", FOREIGN[0]?.[1] ?? "", "fr", "the article is in French (fra); it is stored but not coded"],
    ["German", FOREIGN[2]?.[1] ?? "", "de", "the article is in German (deu); it is stored but not coded"],
    ["Chinese", FOREIGN[22]?.[1] ?? "", "zh", "the article is in Chinese (cmn); it is stored but not coded"],
    ["Georgian, named by its script", "საქართველოს საგარეო საქმეთა მინისტრი ბრიუსელში შეხვდა", "ka", "the article is in Georgian (kat); it is stored but not coded"],
    ["Khmer, which no model knows", "រដ្ឋមន្ត្រីការបរទេសកម្ពុជាបានជួបជាមួយសមភាគីចិន", "und", "the article's language could not be identified (und); it is stored but not coded"],
    ["digits and a short line", "2024: Le ministre à Pékin", "en", ""],
  ];
  for (const [name, text, code, reason] of reported) {
    test(`${name}: language "${code}"${reason ? ", reported once" : ", too short to report"}`, () => {
      const expected = reason ? [{ stage: "language", rule: "language.not-english", reason, start: 0, end: 0 }] : [];
      assert.deepEqual(run(text), { language: code, messages: expected });
    });
  }

  test("a French article through the whole pipeline: one message, nothing coded", () => {
    const record = analyze(`${FOREIGN[0]?.[1]}\n\n${FOREIGN[1]?.[1]}`, { publishedAt: "2023-06-20" });
    assert.deepEqual(
      [record.language, record.entities, record.timexes, record.quotes, record.events, record.messages.length],
      ["fr", [], [], [], [], 1],
    );
  });
});
