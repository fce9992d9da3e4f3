import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { textQueryParams } from "./text-query.js";

describe("textQueryParams", () => {
  it("passes plain text to websearch and nothing as prefix", () => {
    assert.deepEqual(textQueryParams('"phone call" or visit -talks'), {
      text_web: '"phone call" or visit -talks',
      text_prefix: "",
    });
  });

  it("takes bare words ending in * as prefixes, with the shorter stems they may stand for", () => {
    assert.deepEqual(textQueryParams("Negotiat* Beijing"), {
      text_web: "Beijing",
      text_prefix: "('negotiat':* | 'negotia' | 'negoti' | 'negot')",
    });
    assert.deepEqual(textQueryParams("sanc*"), { text_web: "", text_prefix: "('sanc':*)" });
    assert.equal(
      textQueryParams("blink* -provocat*").text_prefix,
      "('blink':* | 'blin') & !('provocat':* | 'provoca' | 'provoc' | 'provo')",
    );
  });

  it("leaves a star inside quotes, after punctuation or alone to websearch", () => {
    for (const query of ['"blink* visit"', "u.s.*", "*", "don't*"]) {
      assert.equal(textQueryParams(query).text_prefix, "", query);
    }
  });
});
