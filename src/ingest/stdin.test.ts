import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { test } from "node:test";
import type { RawArticle, ReadResult } from "./article.js";
import { readStdin } from "./stdin.js";

async function collect(gen: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

const stdinCases: [string, string[], Partial<RawArticle>[] | string][] = [
  [
    "JSONL, streamed with line origins",
    ['{"text":"A"}\n{"te', 'xt":"B"}\n'],
    [
      { origin: "-:1", text: "A" },
      { origin: "-:2", text: "B" },
    ],
  ],
  [
    "a pretty-printed JSON object",
    ['{\n  "text": "Wang met Blinken."\n}\n'],
    [{ origin: "-", text: "Wang met Blinken.", format: "json" }],
  ],
  [
    "an HTML page",
    ["<!DOCTYPE html><html><body><p>Xi met Biden.</p></body></html>"],
    [{ text: "Xi met Biden.", format: "html" }],
  ],
  [
    "an RSS feed",
    ['<?xml version="1.0"?>\n<rss><channel><item><description>Talks.</description></item></channel></rss>'],
    [{ origin: "-#item-1", format: "feed" }],
  ],
  [
    "text with the inline date header",
    [" date 2023-01-02 BEIJING, Jan 2 (Agency) :Talks."],
    [{ publishedAt: "2023-01-02", text: "BEIJING, Jan 2 (Agency) :Talks." }],
  ],
  ["header lines and no body", ["title: Talks\ndate 2023-06-19\n"], "no-text"],
  ["text over maxBytes", ["x".repeat(60), "y".repeat(60)], "too-large"],
  ["nothing", [], "empty"],
];

for (const [name, chunks, expected] of stdinCases) {
  test(`readStdin: ${name}`, async () => {
    const results = await collect(readStdin(Readable.from(chunks.map((c) => Buffer.from(c))), { maxBytes: 100 }));
    if (typeof expected === "string") {
      assert.deepEqual(
        results.map((r) => r.kind === "rejected" && r.rejection.code),
        [expected],
      );
      return;
    }
    assert.equal(results.length, expected.length);
    expected.forEach((fields, i) => {
      const r = results[i];
      assert.equal(r?.kind, "article", JSON.stringify(r));
      for (const [key, value] of Object.entries(fields)) {
        assert.deepEqual(r?.kind === "article" && r.article[key as keyof RawArticle], value, key);
      }
    });
  });
}
