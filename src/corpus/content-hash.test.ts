import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { contentHash } from "./content-hash.js";

const STORY = "Wang Yi met Sergei Lavrov in Moscow on Monday.\nThe two ministers discussed grain exports.";

describe("contentHash: one identity per story, however it was saved", () => {
  test("is a SHA-256 in lower-case hex", () => assert.match(contentHash(STORY), /^[0-9a-f]{64}$/));

  // biome-ignore format: one case per line reads as a table
  const same: [string, string][] = [
    ["Windows line endings", STORY.replace(/\n/g, "\r\n")],
    ["a blank line between paragraphs", STORY.replace("\n", "\n\n")],
    ["runs of spaces and tabs", STORY.replace("met ", "met \t  ")],
    ["whitespace around the text", `\n  ${STORY}\n\n`],
  ];
  for (const [behaviour, variant] of same) {
    test(`ignores ${behaviour}`, () => assert.equal(contentHash(variant), contentHash(STORY)));
  }

  // biome-ignore format: one case per line reads as a table
  const different: [string, string][] = [
    ["another word", STORY.replace("Monday", "Tuesday")],
    ["another case", STORY.replace("Moscow", "MOSCOW")],
    ["a space removed inside a word boundary", STORY.replace("grain exports", "grainexports")],
  ];
  for (const [behaviour, variant] of different) {
    test(`tells apart ${behaviour}`, () => assert.notEqual(contentHash(variant), contentHash(STORY)));
  }
});
