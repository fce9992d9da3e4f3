import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyzeDocument } from "../../analyze.js";

/** [behaviour, article, publishedAt, expected "Name | Title | since | tense" lines]. */
const cases: [string, string, string | null, string[]][] = [
  [
    "served as … since a month and year",
    "Xie Feng met business leaders in New York on Monday. He has served as China's ambassador to the United States since May 2023.",
    "2024-03-05",
    ["Xie Feng | Ambassador to the United States | 2023-05 | current"],
  ],
  [
    "served as … since a year, with a named subject",
    "Nicholas Burns has served as ambassador to China since 2022, the embassy said.",
    "2023-08-01",
    ["Nicholas Burns | Ambassador to China | 2022 | current"],
  ],
  [
    "took over a post, dated later in the clause",
    "Dong Jun took over as defence minister in late December, replacing Li Shangfu.",
    "2024-01-10",
    ["Dong Jun | Defence minister | 2023-12 | current"],
  ],
  [
    "promoted to a position in a year, through a pronoun that keeps the focus",
    "Mao Ning spoke at the daily briefing on Friday. She was promoted to the deputy director position in 2020.",
    "2023-04-01",
    ["Mao Ning | Deputy director | 2020 | current"],
  ],
  [
    "a former role",
    "Earlier in his career, Lawrence Summers also served as chief economist of the World Bank.",
    "2024-01-09",
    ["Lawrence Summers | Chief economist of the World Bank | - | former"],
  ],
  [
    "a future role taken from the titles of the person succeeded",
    "Li Qiang, 63, will succeed Premier Li Keqiang when the legislature meets in March.",
    "2022-10-23",
    ["Li Qiang | Premier | - | future"],
  ],
  [
    "an apposition after a name",
    "Antony Blinken was greeted by Xie Feng, China's ambassador to the United States, and by Nicholas Burns, the US ambassador to China.",
    "2023-06-19",
    [
      "Xie Feng | Ambassador to the United States | - | current",
      "Nicholas Burns | US ambassador to China | - | current",
    ],
  ],
  ["an apposition that is no role", "Wang Yi, 69, met Antony Blinken, who flew in on Sunday.", "2023-06-19", []],
  [
    "served as something that is not a role",
    "The talks served as a bridge between the two delegations.",
    "2023-01-01",
    [],
  ],
  ["a pronoun with no person before it", "He has served as ambassador since 2019.", "2023-01-01", []],
];

describe("roles stage", () => {
  for (const [behaviour, text, publishedAt, expected] of cases) {
    it(behaviour, () => {
      const { doc, record } = analyzeDocument(text, { publishedAt });
      const name = (id: string) => record.actors.find((a) => a.actor_id === id)?.name ?? id;
      const got = doc.get("roles").map((r) => `${name(r.actorId)} | ${r.title} | ${r.since ?? "-"} | ${r.tense}`);
      assert.deepEqual(got, expected);
      for (const r of doc.get("roles")) assert.ok(r.end > r.start && text.slice(r.start, r.end).length > 0);
    });
  }
});
