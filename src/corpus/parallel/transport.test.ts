import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadKnowledgeBase } from "../../actors/kb.js";
import type { RawArticle } from "../../ingest/article.js";
import { contentHash } from "../content-hash.js";
import { analyzeArticle } from "./analyze-article.js";
import { fromWire, toWire } from "./transport.js";

const article = (text: string, publishedAt: string | null): RawArticle => ({
  origin: "wire.txt",
  text,
  title: null,
  source: null,
  url: null,
  externalId: null,
  publishedAt,
  dateSource: publishedAt ? "header" : null,
  format: "text",
});

const TEXT =
  "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Thursday. " +
  "The two leaders agreed to resume regular visits, Yoon told reporters after the talks.";

describe("the worker transport", () => {
  const kb = loadKnowledgeBase();
  for (const publishedAt of ["2023-03-16", null]) {
    it(`gives back the bundle analysis gave, its layers read on demand (${publishedAt ? "dated" : "undated"})`, () => {
      const local = analyzeArticle(article(TEXT, publishedAt), contentHash(TEXT), kb);
      // what postMessage does to the reply: a copy, without the text
      const wire = toWire(local);
      assert.equal(wire.kind === "analysed" && wire.bundle.document.text, "", "the text travels back");
      const back = fromWire(structuredClone(wire), TEXT);
      assert.equal(local.kind, "analysed");
      assert.equal(back.kind, "analysed");
      if (local.kind !== "analysed" || back.kind !== "analysed") return;
      assert.ok(local.bundle.mentions.length > 0 && local.bundle.sentences.length === 2);
      const { packed, ...rest } = back.bundle;
      assert.deepEqual({ ...rest }, local.bundle);
      assert.equal("dating" in back.bundle, publishedAt === null, "dating evidence only for an undated article");
      assert.equal(packed?.dating !== undefined, publishedAt === null);
    });
  }

  it("passes a failed analysis through unchanged", () => {
    const failed = { kind: "failed" as const, reason: "analysis failed: x" };
    assert.deepEqual(fromWire(toWire(failed), ""), failed);
  });

  it("fails an article whose layers cannot be packed, instead of the worker", () => {
    const local = analyzeArticle(article(TEXT, null), contentHash(TEXT), kb);
    if (local.kind !== "analysed") return assert.fail("analysis failed");
    const twice = { ...local.bundle, sentences: [...local.bundle.sentences, { index: 0, start: 0, end: 5 }] };
    const wire = toWire({ kind: "analysed", bundle: twice });
    assert.equal(wire.kind, "failed");
    assert.match(wire.kind === "failed" ? wire.reason : "", /same index/);
  });
});
