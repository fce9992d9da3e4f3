import assert from "node:assert/strict";
import { test } from "node:test";
import { type HeaderFields, parseHeader } from "./header.js";

/** [behaviour, input, fields, how the body starts] */
const cases: [string, string, HeaderFields, string][] = [
  ["no header: the body starts at 0", "Wang Yi held talks.", {}, "Wang Yi held talks."],
  [
    "the seeds' inline form: body starts right after the date",
    " date 2023-01-02 BEIJING, Jan 2 (Agency) :Before flying",
    { date: "2023-01-02" },
    "BEIJING, Jan 2 (Agency) :Before flying",
  ],
  ["a bare date on its own line", "date 2024-01-09\nLiu Jianchao pledges ties", { date: "2024-01-09" }, "Liu Jianchao"],
  [
    "keyed lines in any order, blank lines between",
    "source: Capital Wire\n\ntitle: Talks resume\nurl: https://example.org/a?b=1\npublished: June 19, 2023\n\nBlinken arrived.",
    { source: "Capital Wire", title: "Talks resume", url: "https://example.org/a?b=1", published: "June 19, 2023" },
    "\nBlinken arrived.",
  ],
  [
    "keys are case-insensitive",
    "Title: Xi meets Biden\nDate: 2023-11-15\nText",
    { title: "Xi meets Biden", date: "2023-11-15" },
    "Text",
  ],
  [
    "a keyed header then the inline date form",
    "title: Call\n date 2023-01-02 Qin spoke to Blinken",
    { title: "Call", date: "2023-01-02" },
    "Qin spoke to Blinken",
  ],
  ["a repeated key ends the header", "title: A\ntitle: B\nbody", { title: "A" }, "title: B"],
  ["a body line that merely mentions a date stays", "Dated talks: 2023\nmore", {}, "Dated talks"],
  ["'date' followed by a word is body text", "date night in Beijing", {}, "date night"],
];

for (const [name, input, fields, bodyStartsWith] of cases) {
  test(`parseHeader: ${name}`, () => {
    const header = parseHeader(input);
    assert.deepEqual(header.fields, fields);
    assert.ok(
      input.slice(header.bodyStart).startsWith(bodyStartsWith),
      `body: ${JSON.stringify(input.slice(header.bodyStart))}`,
    );
  });
}

test("parseHeader: the JSDoc example offset holds", () => {
  assert.equal(parseHeader("title: Talks resume\ndate 2023-06-19\n\nBEIJING, June 19 …").bodyStart, 36);
});
