import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { analyzeDocument } from "../../../analyze.js";
import { tempDir } from "../../../testing/cli.js";
import { eventTriples } from "./petrarch-codes.js";
import { evaluatePetrarch, knowledgeBaseWith } from "./petrarch-eval.js";

/** A two-country dictionary and two records in the unit tests' formats, invented here. */
function fixture(): { records: string; dictionary: string } {
  const dir = tempDir("annals-petrarch-");
  const dictionary = join(dir, "actors.txt");
  writeFileSync(dictionary, "<!-- invented -->\nVALDORIA [VLD]\nKESSIN [KSN]\n+KESSINI\n");
  const records = join(dir, "records.jsonl");
  const line = (id: string, text: string, events: object[], extra = {}) =>
    JSON.stringify({
      id,
      date: "20010304",
      category: "TEST",
      text,
      events,
      noevents: events.length === 0,
      error: null,
      ...extra,
    });
  writeFileSync(
    records,
    [
      line("T-1", "Valdoria accused Kessin of spying on Monday.", [
        { sourcecode: "VLDGOV", targetcode: "KSN", eventcode: "112" },
      ]),
      line("T-2", "The weather in Valdoria was mild.", []),
      line("T-3", "VALDORIA: a dateline only", [], { error: "dateline" }),
    ].join("\n"),
  );
  return { records, dictionary };
}

describe("eval:petrarch end to end on an invented dictionary", () => {
  const { records, dictionary } = fixture();

  it("imported names resolve to their dictionary codes in the coded triples", async () => {
    const kb = await knowledgeBaseWith(dictionary);
    const { events } = analyzeDocument("Valdoria accused Kessin of spying on Monday.", {
      publishedAt: "2001-03-04",
      kb,
    }).record;
    assert.deepEqual(
      events.flatMap(eventTriples).map((t) => [t.source, t.target, t.type]),
      [["VLD", "KSN", "ACCUSE"]],
    );
  });

  it("scores the sentences, leaves input-error records out and counts the no-event ones", async () => {
    const r = await evaluatePetrarch(records, dictionary);
    assert.deepEqual([r.sentences, r.errorRecords, r.noEvent.n], [2, 1, 1]);
    assert.deepEqual([r.score.goldEvents, r.score.rootCorrect], [1, 1], "coded ACCUSE has the gold root 11");
  });
});
