import assert from "node:assert/strict";
import { test } from "node:test";
import type { RawArticle } from "./article.js";
import { readTextArticle } from "./text.js";

const cases: [string, string, Partial<RawArticle>][] = [
  [
    "inline date header: body starts after it, dated by the header",
    " date 2023-01-02 BEIJING, Jan 2 (Agency) :Before flying out, Qin Gang spoke to Blinken.\n",
    {
      text: "BEIJING, Jan 2 (Agency) :Before flying out, Qin Gang spoke to Blinken.",
      publishedAt: "2023-01-02",
      dateSource: "header",
    },
  ],
  [
    "a short first line over a stamp is the title; both stay in the text",
    "Envoy says ties in 'exploring' period\nUpdated 18:03, 01-Oct-2021\n\nQin Gang told reporters…",
    {
      title: "Envoy says ties in 'exploring' period",
      text: "Envoy says ties in 'exploring' period\nUpdated 18:03, 01-Oct-2021\n\nQin Gang told reporters…",
      publishedAt: "2021-10-01",
      dateSource: "stamp",
    },
  ],
  [
    "keyed headers fill title, source and url; published: in any form",
    "title: Blinken lands in Beijing\nsource: Capital Wire\nurl: https://example.org/1\npublished: Mon, 19 Jun 2023 08:00:00 GMT\n\nBlinken arrived.",
    {
      title: "Blinken lands in Beijing",
      source: "Capital Wire",
      url: "https://example.org/1",
      publishedAt: "2023-06-19",
      text: "Blinken arrived.",
    },
  ],
  [
    "a Markdown heading is the title",
    "# Xi and Biden meet\n\nThe leaders met in Woodside.",
    { title: "Xi and Biden meet" },
  ],
  [
    "an undated sentence-first article has no title and no date",
    "Wang Yi held talks with Blinken.\nThe two sides agreed to work together.",
    { title: null, publishedAt: null, dateSource: null, format: "text" },
  ],
  [
    "a dated dateline dates an article without header",
    "WASHINGTON, Oct 27, 2023 (Capital Wire) - Wang Yi met Blinken.",
    { publishedAt: "2023-10-27", dateSource: "dateline" },
  ],
];

for (const [name, input, expected] of cases) {
  test(`readTextArticle: ${name}`, () => {
    const article = readTextArticle(input, "a.txt");
    assert.equal(article.origin, "a.txt");
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(article[key as keyof RawArticle], value, key);
  });
}
