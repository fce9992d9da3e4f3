import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { KbRole } from "./kb-types.js";
import { officeWords, type TitleFit, titleFit } from "./title-fit.js";

const role = (title: string, start: string | null, end: string | null): KbRole => ({
  title,
  organization: null,
  country: null,
  sector: "GOV",
  start,
  end,
});

const QIN = [
  role("Ambassador to the United States", "2021-07-28", "2022-12-30"),
  role("Foreign Minister", "2022-12-30", "2023-07-25"),
];
const SUMMERS = [role("Secretary of the Treasury", "1999-07-02", "2001-01-20")];
const CHEN = [role("Party Secretary of Shanghai", "2022-10-28", null)];

describe("titleFit: a title before a name against the person's dated roles", () => {
  // biome-ignore format: one case per line reads as a table
  const cases: [string, string | null, KbRole[], string | null, TitleFit][] = [
    ["a role held on the date", "foreign minister", QIN, "2023-03-01", "on-date"],
    ["a role the article cannot date", "foreign minister", QIN, null, "undated"],
    ["a role held at another time says nothing", "foreign minister", QIN, "2024-03-01", "other-date"],
    ["a former title fits a role that had ended", "former treasury secretary", SUMMERS, "2024-01-09", "on-date"],
    ["a title in other words: treasury secretary", "treasury secretary", SUMMERS, "2000-01-01", "on-date"],
    ["a party boss is its secretary", "communist party boss", CHEN, "2024-01-09", "on-date"],
    ["an office many hold fits loosely", "ambassador", QIN, "2022-01-01", "loose"],
    ["a deputy's title is not the office", "vice foreign minister", QIN, "2023-03-01", "conflict"],
    ["an office never held conflicts", "journalist", QIN, "2023-03-01", "conflict"],
    ["a title naming no office says nothing", "official", QIN, "2023-03-01", "none"],
    ["no title says nothing", null, QIN, "2023-03-01", "none"],
  ];
  for (const [behaviour, title, roles, date, expected] of cases) {
    test(behaviour, () => assert.equal(titleFit(title, roles, date), expected));
  }

  test("office words share one spelling", () => {
    assert.deepEqual(officeWords("Minister of National Defense"), ["minister", "defence"]);
    assert.deepEqual(officeWords("deputy prime minister"), ["vice", "premier"]);
  });
});
