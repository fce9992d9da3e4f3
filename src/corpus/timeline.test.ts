import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { country, eventRecord, mentionIn, person } from "../testing/events.js";
import { buildTimeline } from "./timeline.js";

const wang = person("p:wang-yi", "Wang Yi", "CHN");
const lavrov = person("p:sergey-lavrov", "Sergey Lavrov", "RUS");
const japan = country("JPN", "Japan");
const korea = country("KOR", "South Korea");

const talks = eventRecord({
  id: "e1",
  actors: [wang],
  recipients: [lavrov],
  date: "2023-03-21",
  mentions: [mentionIn("d1")],
});
const summit = eventRecord({ id: "e2", actors: [japan, korea], date: "2023-03-16", mentions: [mentionIn("d2")] });
const undated = eventRecord({ id: "e3", actors: [japan], recipients: [korea], mentions: [mentionIn("d3")] });

const lines = (events: Parameters<typeof buildTimeline>[0], options = {}) =>
  buildTimeline(events, options).entries.map((e) => `${e.date} ${e.summary} [${e.event_ids}] [${e.doc_ids}]`);

describe("buildTimeline", () => {
  test("orders entries by date and cites events and documents", () => {
    assert.deepEqual(lines([talks, summit]), [
      "2023-03-16 Japan and South Korea held talks [e2] [d2]",
      "2023-03-21 Wang Yi (CHN) held talks with Sergey Lavrov (RUS) [e1] [d1]",
    ]);
  });

  test("leaves undated events out", () => {
    assert.deepEqual(lines([undated, talks]), [
      "2023-03-21 Wang Yi (CHN) held talks with Sergey Lavrov (RUS) [e1] [d1]",
    ]);
  });

  test("leaves out events under the confidence floor (0.5 unless told)", () => {
    const weak = { ...summit, confidence: 0.45 };
    assert.deepEqual(lines([weak]), []);
    assert.deepEqual(lines([weak], { minConfidence: 0.4 }), ["2023-03-16 Japan and South Korea held talks [e2] [d2]"]);
    assert.deepEqual(lines([{ ...summit, confidence: 0.5 }]).length, 1, "the floor itself is kept");
  });

  test("keeps reported events only, unless every status is asked for", () => {
    const planned = { ...talks, id: "e4", status: "future" as const };
    assert.deepEqual(lines([planned]), []);
    assert.deepEqual(lines([planned], { includeAllStatuses: true }), [
      "2023-03-21 planned: Wang Yi (CHN) held talks with Sergey Lavrov (RUS) [e4] [d1]",
    ]);
  });

  test("one entry for events of the same date and summary, each document cited once", () => {
    const again = { ...talks, id: "e5", mentions: [mentionIn("d1"), mentionIn("d6")] };
    assert.deepEqual(lines([talks, again]), [
      "2023-03-21 Wang Yi (CHN) held talks with Sergey Lavrov (RUS) [e1,e5] [d1,d6]",
    ]);
  });

  test("on one date, the event more documents report comes first", () => {
    const accusation = eventRecord({
      id: "e6",
      event_type: "ACCUSE",
      actors: [korea],
      recipients: [japan],
      date: "2023-03-21",
      doc_count: 3,
      confidence: 0.6,
      mentions: [mentionIn("d7")],
    });
    assert.deepEqual(
      buildTimeline([talks, accusation]).entries.map((e) => e.event_ids[0]),
      ["e6", "e1"],
    );
  });

  test("a date range is its own entry, apart from its first day", () => {
    const week = { ...summit, id: "e7", date_end: "2023-03-19" };
    const entries = buildTimeline([summit, week]).entries;
    assert.deepEqual(
      entries.map((e) => [e.date, e.date_end, e.event_ids]),
      [
        ["2023-03-16", null, ["e2"]],
        ["2023-03-16", "2023-03-19", ["e7"]],
      ],
    );
  });
});
