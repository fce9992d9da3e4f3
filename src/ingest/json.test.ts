import assert from "node:assert/strict";
import { test } from "node:test";
import type { RawArticle, ReadResult } from "./article.js";
import { readJsonContent } from "./json.js";
import { articleFromRecord } from "./record.js";

/** A result reduced to what a table states: the article fields asked for, or `code` of a rejection. */
function pick(result: ReadResult | undefined, keys: string[]): Record<string, unknown> {
  if (!result) return { missing: true };
  if (result.kind === "rejected") return { origin: result.rejection.origin, code: result.rejection.code };
  return Object.fromEntries(keys.map((k) => [k, result.article[k as keyof RawArticle]]));
}

const records: [string, unknown, Record<string, unknown>][] = [
  [
    "all fields of a plain record",
    {
      id: 42,
      title: "Talks",
      url: "https://a.example/1",
      source: "Capital Wire",
      date: "2023-06-19",
      text: " Wang met Blinken. ",
    },
    {
      text: "Wang met Blinken.",
      title: "Talks",
      url: "https://a.example/1",
      source: "Capital Wire",
      externalId: "42",
      publishedAt: "2023-06-19",
      dateSource: "json",
    },
  ],
  [
    "body as text field, published_at date",
    { body: "Xi met Biden.", published_at: "2023-11-15T18:00:00-08:00" },
    { text: "Xi met Biden.", publishedAt: "2023-11-15" },
  ],
  [
    "content with markup is extracted",
    { content: "<p>Qin Gang spoke.</p><p>Blinken replied.</p>" },
    { text: "Qin Gang spoke.\n\nBlinken replied." },
  ],
  [
    "story field and NewsAPI-style source object",
    { story: "Envoy named.", source: { id: null, name: "Daily Wire" } },
    { text: "Envoy named.", source: "Daily Wire" },
  ],
  ["publishedAt field", { text: "T", publishedAt: "2024-01-09T08:00:00Z" }, { publishedAt: "2024-01-09" }],
  ["epoch seconds in pub_date", { text: "T", pub_date: 1687161600 }, { publishedAt: "2023-06-19" }],
  [
    "no date field: a stamp in the text",
    { text: "Published: 19 June 2023\nWang spoke." },
    { publishedAt: "2023-06-19", dateSource: "stamp" },
  ],
  ["an empty first text field falls to the next", { text: "  ", body: "Blinken landed." }, { text: "Blinken landed." }],
  ["no text field is no-text", { title: "Only a title" }, { origin: "r", code: "no-text" }],
  ["an array is not a record", [1, 2], { origin: "r", code: "json" }],
];

for (const [name, value, expected] of records) {
  test(`articleFromRecord: ${name}`, () => {
    assert.deepEqual(pick(articleFromRecord(value, "r", "json"), Object.keys(expected)), expected);
  });
}

const files: [string, string, Record<string, unknown>[]][] = [
  ["one object", '{"text":"Wang met Blinken."}', [{ origin: "a.json", text: "Wang met Blinken." }]],
  [
    "an array, origins numbered from 1",
    '[{"text":"A"},{"title":"x"}]',
    [
      { origin: "a.json#1", text: "A" },
      { origin: "a.json#2", code: "no-text" },
    ],
  ],
  ["{articles: [...]}", '{"status":"ok","articles":[{"content":"B"}]}', [{ origin: "a.json#1", text: "B" }]],
  ["invalid JSON", '{"text": "A",}', [{ origin: "a.json", code: "json" }]],
  ["an empty array", "[]", [{ origin: "a.json", code: "empty" }]],
];

for (const [name, content, expected] of files) {
  test(`readJsonContent: ${name}`, () => {
    const results = readJsonContent(content, "a.json");
    assert.deepEqual(
      results.map((r, i) => pick(r, Object.keys(expected[i] ?? {}))),
      expected,
    );
  });
}
