import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EntityMention } from "../../doc/layers.js";
import { inParentheses } from "./participants.js";

const mention = (text: string, name: string, from = 0): EntityMention => {
  const start = text.indexOf(name, from);
  return {
    start,
    end: start + name.length,
    text: name,
    type: "GPE",
    actorId: null,
    country: null,
    title: null,
    rule: "",
  };
};

describe("inParentheses", () => {
  it("a name inside round brackets", () => {
    const text = "The talks began at 9 am (Beijing time) on Monday.";
    assert.equal(inParentheses(mention(text, "Beijing"), text), true);
    const other = "Officials of the PRC (People's Republic of China) and Japan met.";
    assert.equal(inParentheses(mention(other, "China"), other), true);
  });
  it("not: a name after the brackets have closed, or before any", () => {
    const text = "Delegates from Chile (and observers) met Peru in Lima (the capital).";
    assert.equal(inParentheses(mention(text, "Peru"), text), false);
    assert.equal(inParentheses(mention(text, "Chile"), text), false);
  });
  it("not: a bracket opened that never closes after the name", () => {
    const text = "Ghana (a founding member said Kenya";
    assert.equal(inParentheses(mention(text, "Kenya"), text), false);
  });
  it("answers for each text asked about in turn, not the one before", () => {
    const a = "Talks (Oslo) ended.";
    const b = "Talks in Oslo ended.";
    assert.equal(inParentheses(mention(a, "Oslo"), a), true);
    assert.equal(inParentheses(mention(b, "Oslo"), b), false);
    assert.equal(inParentheses(mention(a, "Oslo"), a), true);
  });
});
