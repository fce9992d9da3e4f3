import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findTimexes } from "./find.js";
import { splitSentences } from "./sentences.js";
import { timexForTrigger } from "./trigger.js";

/** The date `timexForTrigger` picks for the first occurrence of `trigger` in `text`. */
function dateFor(text: string, trigger: string, publishedAt: string | null = "2023-01-05"): string | null {
  const start = text.indexOf(trigger);
  assert.ok(start >= 0, `no "${trigger}" in the text`);
  const sentences = splitSentences(text);
  const timexes = findTimexes(text, { publishedAt, sentences });
  return timexForTrigger(timexes, { start, end: start + trigger.length }, sentences, text)?.text ?? null;
}

const CASES: ReadonlyArray<[behaviour: string, text: string, trigger: string, expected: string | null]> = [
  [
    "the date in the trigger's clause",
    "Blinken met Wang on Sunday, and they will meet again next month.",
    "met",
    "Sunday",
  ],
  [
    "the second clause has its own date",
    "Blinken met Wang on Sunday, and they will meet again next month.",
    "meet again",
    "next month",
  ],
  ["a fronted date governs its clause", "On Monday, the ministers signed the accord.", "signed", "Monday"],
  [
    "a date past a semicolon, in a clause of an earlier occasion, stays there",
    "It was Rutte's third trip to Kyiv; he last went there in March 2023.",
    "trip",
    null,
  ],
  [
    "so does one in a clause that looks further back",
    "The ministers signed the pact; their deputies had drafted it in May 2021.",
    "signed",
    null,
  ],
  [
    "a date after a comma in the same clause still governs",
    "The envoys met, after weeks of delay, in March 2023.",
    "met",
    "March 2023",
  ],
  ["a ', which' clause keeps its date", "The talks, which began in June, resumed on Tuesday.", "began", "June"],
  [
    "the main clause skips the ', which' clause",
    "The talks, which began in June, resumed on Tuesday.",
    "resumed",
    "Tuesday",
  ],
  [
    "a semicolon clause without a date takes the next date in the sentence",
    "Wang welcomed the decision; the ministry announced it on Friday.",
    "welcomed",
    "Friday",
  ],
  [
    "with no date after, the date before in the sentence",
    "On Monday the envoy arrived, but the minister refused to see him.",
    "refused",
    "Monday",
  ],
  [
    "a date in another sentence never governs",
    "Xi met Biden in Bali. The talks lasted three hours on Monday.",
    "met",
    null,
  ],
  [
    "a date in a 'since' aside dates the earlier event, not the main one",
    "Lavrov is the first Russian minister to visit Seoul since Putin met Moon in Moscow in June.",
    "visit",
    null,
  ],
  [
    "inside the 'since' aside, its own date governs",
    "Lavrov is the first Russian minister to visit Seoul since Putin met Moon in Moscow in June.",
    "met",
    "June",
  ],
  [
    "an event in a fronted 'Before' phrase is not dated by the main clause",
    "Before the minister's trip to Kyiv, forty charities wrote to him on March 3, urging a ceasefire.",
    "trip",
    null,
  ],
  [
    "the main clause keeps its date after a fronted 'After' phrase",
    "After a stop in Tokyo, Blinken arrived in Seoul on Tuesday.",
    "arrived",
    "Tuesday",
  ],
  [
    "a date after 'after' places the event later, so it does not date it",
    "The envoys met in Geneva after talks in Vienna on Monday broke down.",
    "met",
    null,
  ],
  [
    "a date behind a ', which' clause after the trigger speaks of that clause's noun",
    "Lavrov criticised the drills by Kyiv's forces, which began days after the inauguration of its leader, Volodymyr Zelensky, on May 20.",
    "criticised",
    null,
  ],
  [
    "nor does a ', who' clause's date date the main act",
    "Wang praised the envoy from Jakarta, who had arrived on March 3.",
    "praised",
    null,
  ],
  [
    "a date short of the ', which' clause still governs from the next clause",
    "Wang welcomed the decision; the ministry announced it on Friday, which surprised Tokyo.",
    "welcomed",
    "Friday",
  ],
  ["a real date wins over 'now' in the clause", "Seoul now says the talks on Thursday failed.", "failed", "Thursday"],
  ["'now' governs when it is the only date", "The two sides are now negotiating a new text.", "negotiating", "now"],
];

describe("timexForTrigger: same clause, then same sentence, else none", () => {
  for (const [behaviour, text, trigger, expected] of CASES) {
    test(behaviour, () => assert.equal(dateFor(text, trigger), expected));
  }

  test("an undated article still points at the expression (its value null)", () => {
    const text = "Blinken met Wang on Sunday.";
    const sentences = splitSentences(text);
    const t = timexForTrigger(findTimexes(text, { publishedAt: null }), { start: 8, end: 11 }, sentences, text);
    assert.equal(t?.text, "Sunday");
    assert.equal(t?.value, null);
  });
});
