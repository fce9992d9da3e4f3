import assert from "node:assert/strict";
import { test } from "node:test";
import type { RawArticle, ReadResult } from "./article.js";
import { readJsonl } from "./jsonl.js";
import { splitLines } from "./lines.js";

/** A result reduced to what a table states: the article fields asked for, or `code` of a rejection. */
function pick(result: ReadResult | undefined, keys: string[]): Record<string, unknown> {
  if (!result) return { missing: true };
  if (result.kind === "rejected") return { origin: result.rejection.origin, code: result.rejection.code };
  return Object.fromEntries(keys.map((k) => [k, result.article[k as keyof RawArticle]]));
}

async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

const chunks = (s: string, size: number) =>
  Array.from({ length: Math.ceil(s.length / size) }, (_, i) => Buffer.from(s.slice(i * size, (i + 1) * size)));

test("readJsonl: a malformed line is rejected with its line number; the others still read", async () => {
  const jsonl =
    '{"id":"a","text":"Wang met Blinken.","date":"2023-06-19"}\n\n{"text": broken\r\n{"title":"no text"}\n{"text":"Xi met Biden."}';
  const results = await collect(readJsonl(chunks(jsonl, 7), "f.jsonl"));
  assert.deepEqual(
    results.map((r) => pick(r, ["origin", "text", "externalId"])),
    [
      { origin: "f.jsonl:1", text: "Wang met Blinken.", externalId: "a" },
      { origin: "f.jsonl:3", code: "json" },
      { origin: "f.jsonl:4", code: "no-text" },
      { origin: "f.jsonl:5", text: "Xi met Biden.", externalId: null },
    ],
  );
  const reason = results[1]?.kind === "rejected" ? results[1].rejection.reason : "";
  assert.match(reason, /^invalid JSON: /);
});

test("readJsonl: a line over maxBytes is rejected too-large, the next is read", async () => {
  const long = `{"text":"${"x".repeat(300)}"}`;
  const results = await collect(readJsonl(chunks(`${long}\n{"text":"short"}\n`, 64), "f.jsonl", { maxBytes: 100 }));
  assert.deepEqual(
    results.map((r) => pick(r, ["origin", "text"])),
    [
      { origin: "f.jsonl:1", code: "too-large" },
      { origin: "f.jsonl:2", text: "short" },
    ],
  );
});

test("readJsonl: only blank lines is empty", async () => {
  const results = await collect(readJsonl([Buffer.from("\n  \n")], "f.jsonl"));
  assert.deepEqual(
    results.map((r) => pick(r, [])),
    [{ origin: "f.jsonl", code: "empty" }],
  );
});

const splits: [string, string[], number, unknown[]][] = [
  [
    "a line split across chunks",
    ["ab", "c\nd"],
    10,
    [
      { lineNo: 1, bytes: "abc" },
      { lineNo: 2, bytes: "d" },
    ],
  ],
  ["a trailing newline adds no line", ["a\n"], 10, [{ lineNo: 1, bytes: "a" }]],
  [
    "empty lines are counted",
    ["\n\nx"],
    10,
    [
      { lineNo: 1, bytes: "" },
      { lineNo: 2, bytes: "" },
      { lineNo: 3, bytes: "x" },
    ],
  ],
  [
    "an overlong line is measured, not kept",
    ["12345", "678\nok"],
    4,
    [
      { lineNo: 1, tooLong: 8 },
      { lineNo: 2, bytes: "ok" },
    ],
  ],
];

for (const [name, input, max, expected] of splits) {
  test(`splitLines: ${name}`, async () => {
    const lines = await collect(
      splitLines(
        input.map((s) => Buffer.from(s)),
        max,
      ),
    );
    assert.deepEqual(
      lines.map((l) => ("bytes" in l ? { lineNo: l.lineNo, bytes: l.bytes.toString() } : l)),
      expected,
    );
  });
}
