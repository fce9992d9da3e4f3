import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AnnotatedDoc } from "../../doc/document.js";
import { testContext } from "../../testing/context.js";
import { sentencesStage } from "./stage.js";

/** Each sentence's text, with `*` before it when it is furniture. */
function marked(text: string): string[] {
  const doc = new AnnotatedDoc(text);
  sentencesStage.run(doc, testContext());
  return doc.get("sentences").map((s) => `${s.furniture ? "*" : ""}${doc.slice(s)}`);
}

// biome-ignore format: one case per line reads as a table
const CASES: [behaviour: string, text: string, expected: string[]][] = [
  ["a headline is prose; a dateline is furniture of its own", "Xi meets Blinken\nBEIJING (Xinhua) -- Xi met Blinken.", ["Xi meets Blinken", "*BEIJING (Xinhua) --", "Xi met Blinken."]],
  ["a byline is furniture", "By Jane Doe, Staff Reporter\nThe talks ended.", ["*By Jane Doe, Staff Reporter", "The talks ended."]],
  ["link titles after 'Read more:' are furniture, up to the next prose", "Read more:\nBlinken meets Xi in Beijing\n\nWang Yi flies to Moscow\nThe talks went on.", ["*Read more:", "*Blinken meets Xi in Beijing", "*Wang Yi flies to Moscow", "The talks went on."]],
  ["and after 'Related stories'", "Related stories\nLavrov visits Pyongyang\nSeoul protests.", ["*Related stories", "*Lavrov visits Pyongyang", "Seoul protests."]],
  ["a two-sentence caption is furniture throughout", "Xi greets Blinken. The two met for 35 minutes. /Xinhua\nThe talks went on.", ["*Xi greets Blinken.", "*The two met for 35 minutes. /Xinhua", "The talks went on."]],
  ["not: a short line after a caption", "Photo: Reuters\nBlinken meets Xi in Beijing", ["*Photo: Reuters", "Blinken meets Xi in Beijing"]],
  ["not: prose that starts like furniture", "Photographs showed the balloon.\nRelated talks stalled.", ["Photographs showed the balloon.", "Related talks stalled."]],
  ["list items are prose without their markers", "Key points:\n- Japan protests\n• Seoul calls envoy", ["Key points:", "Japan protests", "Seoul calls envoy"]],
];

describe("sentencesStage", () => {
  for (const [behaviour, text, expected] of CASES) it(behaviour, () => assert.deepEqual(marked(text), expected));

  it("numbers sentences in order and keeps offsets into the text", () => {
    const text = "Advertisement\nTalks ended. Both sides spoke.";
    const doc = new AnnotatedDoc(text);
    sentencesStage.run(doc, testContext());
    assert.deepEqual(doc.get("sentences"), [
      { start: 0, end: 13, index: 0, furniture: true },
      { start: 14, end: 26, index: 1, furniture: false },
      { start: 27, end: 44, index: 2, furniture: false },
    ]);
  });

  it("a whole page: headline, byline, dateline, caption, list, prompts, links and copyright", () => {
    const page = [
      "Seoul and Tokyo agree to restart security dialogue",
      "By Min-ji Park, Staff Reporter",
      "SEOUL, March 4 (Harbour Wire) -- South Korea and Japan agreed on Monday to resume a security dialogue " +
        "suspended since 2018.The decision came after Foreign Minister Park met his Japanese counterpart at 10 a.m. " +
        "Tuesday in Seoul.",
      "(Photo: The two ministers shake hands before talks in Seoul)",
      "Key points:\n- Talks to resume in April\n- A hotline between the defence ministries... and a review in autumn",
      '"Is this the end of the dispute?" Park asked reporters. "No. 1 on our list is trust."',
      "Advertisement\nRead more:\nJapan protests over textbook row\nSeoul weighs new export rules",
      "Copyright 2024 Harbour Wire. All rights reserved.",
    ].join("\n");
    assert.deepEqual(marked(page), [
      "Seoul and Tokyo agree to restart security dialogue",
      "*By Min-ji Park, Staff Reporter",
      "*SEOUL, March 4 (Harbour Wire) --",
      "South Korea and Japan agreed on Monday to resume a security dialogue suspended since 2018.",
      "The decision came after Foreign Minister Park met his Japanese counterpart at 10 a.m. Tuesday in Seoul.",
      "*(Photo: The two ministers shake hands before talks in Seoul)",
      "Key points:",
      "Talks to resume in April",
      "A hotline between the defence ministries... and a review in autumn",
      '"Is this the end of the dispute?" Park asked reporters.',
      '"No. 1 on our list is trust."',
      "*Advertisement",
      "*Read more:",
      "*Japan protests over textbook row",
      "*Seoul weighs new export rules",
      "*Copyright 2024 Harbour Wire.",
      "*All rights reserved.",
    ]);
  });
});
