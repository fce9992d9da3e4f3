import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { openStore } from "../store/open.js";
import { tempDir } from "../testing/cli.js";
import { ingest } from "./ingest.js";

/** Writes articles (date + text) into a fresh folder. */
function folder(articles: [string, string][]): string {
  const dir = tempDir("annals-join-");
  for (const [i, [date, text]] of articles.entries())
    writeFileSync(join(dir, `a${i}.txt`), `date ${date}\n\n${text}\n`);
  return dir;
}

const meetings = async (articles: [string, string][]) => {
  const store = await openStore(":memory:");
  try {
    await ingest(store, [folder(articles)]);
    return (await store.listEvents({ types: ["CONSULT"] })).map((e) => `${e.date} ${e.doc_count}`);
  } finally {
    await store.close();
  }
};

/** What each case ingests (publication date, text) and the meetings it should store (`date doc_count`). */
const CASES: [string, [string, string][], string[]][] = [
  [
    "join when a later article dates it only to the month",
    [
      [
        "2023-06-20",
        "US Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Sunday.",
      ],
      ["2023-07-03", "Antony Blinken met Qin Gang in Beijing in June, officials recalled."],
    ],
    ["2023-06-18 2"],
  ],
  [
    "join when another outlet gives the same day in other words",
    [
      ["2023-06-19", "Antony Blinken held talks with Qin Gang in Beijing yesterday."],
      ["2023-06-20", "Qin Gang met Antony Blinken in Beijing on Sunday."],
    ],
    ["2023-06-18 2"],
  ],
  [
    "stay apart when the days differ",
    [
      ["2023-06-20", "Antony Blinken met Qin Gang in Beijing on Sunday."],
      ["2023-06-25", "Antony Blinken met Qin Gang in Beijing on Friday."],
    ],
    ["2023-06-18 1", "2023-06-23 1"],
  ],
];

describe("reports of one meeting across articles", () => {
  for (const [name, articles, expected] of CASES) {
    it(name, async () => assert.deepEqual(await meetings(articles), expected));
  }
});
