import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { detectLanguage } from "./detect.js";
import { ENGLISH_PARAGRAPHS } from "./english-paragraphs.fixture.js";
import { FOREIGN } from "./foreign-paragraphs.fixture.js";

describe("language identification accuracy", () => {
  describe("every paragraph in another language is identified", () => {
    for (const [i, [code, paragraph]] of FOREIGN.entries()) {
      test(`${code} #${i}: ${paragraph.slice(0, 30)}…`, () => assert.equal(detectLanguage(paragraph), code));
    }
  });

  describe("every English paragraph stays English", () => {
    for (const [i, [kind, paragraph]] of ENGLISH_PARAGRAPHS.entries()) {
      test(`${kind} #${i}: ${paragraph.slice(0, 30)}…`, () => assert.equal(detectLanguage(paragraph), "en"));
    }
  });

  test("an English article quoting a French sentence at length stays English", () => {
    const [, french] = FOREIGN[0] ?? ["", ""];
    const article = ENGLISH_PARAGRAPHS.slice(0, 2)
      .map(([, p]) => p)
      .join("\n\n");
    assert.equal(detectLanguage(`${article}\n\nThe minister's office added: "${french}"`), "en");
  });
});
