import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { redactUrl } from "./redact.js";
import { named } from "./sql.js";

describe("named SQL parameters", () => {
  const CASES: [string, string, Record<string, unknown>, string, unknown[]][] = [
    ["each name becomes one position", "a = @x AND b = @y", { x: 1, y: 2 }, "a = $1 AND b = $2", [1, 2]],
    [
      "a repeated name keeps its position",
      "a = @x OR b = @x OR c = @y",
      { x: 1, y: null },
      "a = $1 OR b = $1 OR c = $2",
      [1, null],
    ],
    ["casts stay", "@ids::text[]", { ids: ["a"] }, "$1::text[]", [["a"]]],
  ];
  for (const [behaviour, sql, params, text, values] of CASES) {
    it(behaviour, () => assert.deepEqual(named(sql, params), { text, values }));
  }
  it("refuses a name without a value", () => assert.throws(() => named("a = @missing", {}), /@missing/));
});

describe("redactUrl", () => {
  const url = "postgres://annals:p%40ss@db.example:5432/annals";
  const CASES: [string, string, string][] = [
    ["masks the password of the URL", url, "postgres://annals:***@db.example:5432/annals"],
    ["masks it decoded inside any message", 'password "p@ss" refused', 'password "***" refused'],
    ["leaves a text without it alone", "connect ECONNREFUSED 127.0.0.1:5432", "connect ECONNREFUSED 127.0.0.1:5432"],
  ];
  for (const [behaviour, text, expected] of CASES) {
    it(behaviour, () => assert.equal(redactUrl(text, url), expected));
  }
  it("changes nothing when the URL has no password", () => {
    assert.equal(
      redactUrl("postgres://annals@db/annals", "postgres://annals@db/annals"),
      "postgres://annals@db/annals",
    );
  });
});
