import assert from "node:assert/strict";
import { describe, it } from "node:test";

// The UI's pure helpers, loaded from the UI build (dist/web) since the UI compiles on its own.
const load = <T>(path: string): Promise<T> => import(new URL(`../web/${path}`, import.meta.url).href) as Promise<T>;

interface Router {
  parseRoute(hash: string): { parts: string[]; params: URLSearchParams };
  href(parts: string[], params?: Record<string, string | number | null | undefined>): string;
}
interface Highlight {
  segment(
    length: number,
    spans: { start: number; end: number; kind: string }[],
  ): { start: number; end: number; covers: { kind: string }[] }[];
}
interface Period {
  periodBounds(period: string): [string, string];
}
interface Brush {
  buckets(dates: string[]): { keys: string[]; counts: number[] };
}
interface Time {
  toTime(date: string | null, edge?: "start" | "end"): number | null;
}

describe("web: hash routes", () => {
  it("reads parts and parameters, decoding ids", async () => {
    const { parseRoute } = await load<Router>("router.js");
    const r = parseRoute("#/actors/p%3Aqin-gang?from=2023-01");
    assert.deepEqual(r.parts, ["actors", "p:qin-gang"]);
    assert.equal(r.params.get("from"), "2023-01");
    assert.deepEqual(parseRoute("").parts, []);
  });

  it("writes shareable hrefs without empty parameters and with readable commas", async () => {
    const { href } = await load<Router>("router.js");
    assert.equal(
      href(["timeline"], { dyad: "CHN,USA", from: "2023-01", q: "" }),
      "#/timeline?dyad=CHN,USA&from=2023-01",
    );
    assert.equal(href(["events", "ev_1"]), "#/events/ev_1");
  });
});

describe("web: highlight segments", () => {
  const cases: [string, number, { start: number; end: number; kind: string }[], [number, number, string][]][] = [
    ["no spans: one plain slice", 5, [], [[0, 5, ""]]],
    [
      "one span in the middle",
      10,
      [{ start: 2, end: 5, kind: "actor" }],
      [
        [0, 2, ""],
        [2, 5, "actor"],
        [5, 10, ""],
      ],
    ],
    [
      "an actor inside a trigger sentence: both cover the actor's slice",
      10,
      [
        { start: 0, end: 10, kind: "trigger" },
        { start: 3, end: 6, kind: "actor" },
      ],
      [
        [0, 3, "trigger"],
        [3, 6, "trigger actor"],
        [6, 10, "trigger"],
      ],
    ],
    [
      "spans past the end are clipped, empty ones dropped",
      4,
      [
        { start: 2, end: 9, kind: "date" },
        { start: 1, end: 1, kind: "x" },
      ],
      [
        [0, 2, ""],
        [2, 4, "date"],
      ],
    ],
  ];
  for (const [name, length, spans, expected] of cases) {
    it(name, async () => {
      const { segment } = await load<Highlight>("highlight.js");
      const got = segment(length, spans).map((s) => [s.start, s.end, s.covers.map((c) => c.kind).join(" ")]);
      assert.deepEqual(got, expected);
    });
  }
});

describe("web: periods and dates", () => {
  const bounds: [string, [string, string]][] = [
    ["2023-W24", ["2023-06-12", "2023-06-18"]],
    ["2020-W53", ["2020-12-28", "2021-01-03"]],
    ["2023-02", ["2023-02-01", "2023-02-28"]],
    ["2024", ["2024-01-01", "2024-12-31"]],
    ["2023-06-18", ["2023-06-18", "2023-06-18"]],
  ];
  for (const [period, expected] of bounds) {
    it(`period ${period} runs ${expected.join(" to ")}`, async () => {
      const { periodBounds } = await load<Period>("period.js");
      assert.deepEqual(periodBounds(period), expected);
    });
  }

  it("a partial date spans its whole month or year", async () => {
    const { toTime } = await load<Time>("time.js");
    assert.equal(toTime("2024-02", "end"), Date.UTC(2024, 1, 29));
    assert.equal(toTime("2023", "start"), Date.UTC(2023, 0, 1));
    assert.equal(toTime(null), null);
  });

  it("the brush counts entries per month from the first to the last", async () => {
    const { buckets } = await load<Brush>("views/brush.js");
    const b = buckets(["2023-01-05", "2023-03", "2023-03-30"]);
    assert.deepEqual(b.keys, ["2023-01", "2023-02", "2023-03"]);
    assert.deepEqual(b.counts, [1, 0, 2]);
  });
});

interface RoleBars {
  roleInterval(role: unknown, today: number): [number, number] | null;
}

describe("web: role bars", () => {
  const role = (over: object) => ({
    title: "Foreign Minister",
    organization: null,
    country: "CHN",
    sector: "GOV",
    start: null,
    end: null,
    basis: "text",
    evidence: [],
    ...over,
  });
  const today = Date.UTC(2025, 0, 1);

  it("a knowledge-base role still held runs to today", async () => {
    const { roleInterval } = await load<RoleBars>("views/role-bars.js");
    assert.deepEqual(roleInterval(role({ basis: "kb", start: "2022-12-30" }), today), [Date.UTC(2022, 11, 30), today]);
  });

  it("a role read from articles spans their publication dates", async () => {
    const { roleInterval } = await load<RoleBars>("views/role-bars.js");
    const evidence = [
      { doc_id: "a", start: 0, end: 1, date: "2023-06-19" },
      { doc_id: "b", start: 0, end: 1, date: "2023-01-02" },
    ];
    assert.deepEqual(roleInterval(role({ evidence }), today), [Date.UTC(2023, 0, 2), Date.UTC(2023, 5, 19)]);
  });

  it("an undated role is not drawn", async () => {
    const { roleInterval } = await load<RoleBars>("views/role-bars.js");
    assert.equal(roleInterval(role({ evidence: [{ doc_id: "a", start: 0, end: 1, date: null }] }), today), null);
  });
});
