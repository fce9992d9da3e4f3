import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { csvField, csvLine, sparkline, table } from "./format.js";

describe("table", () => {
  test("pads columns to their widest cell, under a rule of dashes", () => {
    const out = table(
      ["date", "summary"],
      [
        ["2023-06-18", "Antony Blinken (USA) held talks with Qin Gang (CHN)"],
        ["2023-06-19", "Xi Jinping (CHN) met Antony Blinken (USA)"],
      ],
    );
    assert.equal(
      out,
      [
        "date        summary",
        "----------  ---------------------------------------------------",
        "2023-06-18  Antony Blinken (USA) held talks with Qin Gang (CHN)",
        "2023-06-19  Xi Jinping (CHN) met Antony Blinken (USA)",
      ].join("\n"),
    );
  });

  test("cuts a long cell with an ellipsis at the maximum width", () => {
    const out = table(["summary"], [["Wang Yi (CHN) held talks with Sergey Lavrov (RUS)"]], 20);
    assert.equal(out.split("\n")[2], "Wang Yi (CHN) held …");
    assert.equal(out.split("\n")[2]?.length, 20);
  });

  test("folds line breaks and runs of space inside a cell", () => {
    const out = table(["title"], [["Blinken in Beijing:\n  talks  resume"]]);
    assert.equal(out.split("\n")[2], "Blinken in Beijing: talks resume");
  });

  test("a short last cell leaves no trailing spaces, a missing cell is blank", () => {
    const lines = table(["actor", "country"], [["Wang Yi", "CHN"], ["NATO"]]).split("\n");
    assert.deepEqual(lines.slice(2), ["Wang Yi  CHN", "NATO"]);
  });
});

describe("csvField: RFC 4180 quoting", () => {
  // biome-ignore format: one case per line reads as a table
  const cases: [string, unknown, string][] = [
    ["plain text stays bare", "Wang Yi", "Wang Yi"],
    ["a comma is quoted", "Seoul, South Korea", '"Seoul, South Korea"'],
    ["a quote is doubled inside quotes", 'He called it "frank"', '"He called it ""frank"""'],
    ["a line break is quoted", "Talks ended.\nBoth sides spoke.", '"Talks ended.\nBoth sides spoke."'],
    ["a carriage return is quoted", "Talks ended.\r\n", '"Talks ended.\r\n"'],
    ["null is empty", null, ""],
    ["undefined is empty", undefined, ""],
    ["a number is written as is", 0.75, "0.75"],
    ["an apostrophe needs no quotes", "China's envoy", "China's envoy"],
  ];
  for (const [behaviour, input, expected] of cases) test(behaviour, () => assert.equal(csvField(input), expected));

  test("csvLine joins quoted fields with commas", () => {
    assert.equal(csvLine(["CONSULT", "Beijing, China", null, 2]), 'CONSULT,"Beijing, China",,2');
  });
});

describe("sparkline: one block per value, lowest to highest", () => {
  // biome-ignore format: one case per line reads as a table
  const cases: [string, number[], string][] = [
    ["no values, no line", [], ""],
    ["the lowest is the shortest block, the highest the tallest", [-1, 1], "▁█"],
    ["values between are scaled to the range", [0, 0.5, 1], "▁▅█"],
    ["a range in [-1, 1] with a middle value", [-1, 0, 1], "▁▅█"],
    ["equal values sit at mid height", [0.3, 0.3, 0.3], "▄▄▄"],
    ["a single value sits at mid height", [-0.8], "▄"],
    ["any range works, not only [-1, 1]", [10, 40, 20], "▁█▃"],
  ];
  for (const [behaviour, values, expected] of cases) test(behaviour, () => assert.equal(sparkline(values), expected));
});
