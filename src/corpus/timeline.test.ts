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

  describe("reports of one event share one line", () => {
    const visit = (id: string, date: string, docs: string[], fields = {}) =>
      eventRecord({
        id,
        mode: "visit",
        actors: [wang],
        recipients: [country("RUS", "Russia")],
        date,
        doc_count: docs.length,
        mentions: docs.map((d) => mentionIn(d)),
        ...fields,
      });
    const show = (events: Parameters<typeof buildTimeline>[0]) =>
      buildTimeline(events).entries.map((e) => `${e.date} ${e.summary} [${e.event_ids}] [${e.doc_ids}]`);

    test("dates two days apart at most: one entry, dated as the better-supported report", () => {
      assert.deepEqual(show([visit("a", "2023-03-20", ["d1"]), visit("b", "2023-03-21", ["d2", "d3"])]), [
        "2023-03-21 Wang Yi (CHN) visited Russia [b,a] [d2,d3,d1]",
      ]);
    });

    test("between two days, the one read from the text beats a publication day", () => {
      const published = visit("b", "2023-03-21", ["d2", "d3"], { date_basis: "publication" });
      const stated = visit("a", "2023-03-20", ["d1"], { date_basis: "relative" });
      assert.deepEqual(show([published, stated]), ["2023-03-20 Wang Yi (CHN) visited Russia [b,a] [d2,d3,d1]"]);
    });

    test("a month folds into the one day of that month with the same event", () => {
      assert.deepEqual(show([visit("a", "2023-03", ["d1"]), visit("b", "2023-03-21", ["d2"])]), [
        "2023-03-21 Wang Yi (CHN) visited Russia [b,a] [d2,d1]",
      ]);
    });

    test("a month with two such days stays apart, and so do days further apart", () => {
      const lines = show([
        visit("a", "2023-03", ["d1"]),
        visit("b", "2023-03-02", ["d2"]),
        visit("c", "2023-03-21", ["d3"]),
      ]);
      assert.equal(lines.length, 3);
    });

    test("two different places are two events", () => {
      const moscow = { location: { name: "Moscow", country: "RUS", lat: null, lon: null } };
      const sochi = { location: { name: "Sochi", country: "RUS", lat: null, lon: null } };
      assert.equal(show([visit("a", "2023-03-20", ["d1"], moscow), visit("b", "2023-03-21", ["d2"], sochi)]).length, 2);
    });

    test("a report that leaves the mode out joins the one that names it; another mode stays apart", () => {
      const talked = visit("b", "2023-03-21", ["d2"], { mode: null });
      assert.deepEqual(show([visit("a", "2023-03-20", ["d1"]), talked]), [
        "2023-03-20 Wang Yi (CHN) visited Russia [a,b] [d1,d2]",
      ]);
      assert.equal(
        show([visit("a", "2023-03-20", ["d1"]), visit("c", "2023-03-21", ["d3"], { mode: "phone" })]).length,
        2,
      );
    });

    test("the sides swapped on one date: one line, the better-supported wording", () => {
      const reverse = {
        ...talks,
        id: "e8",
        actors: [lavrov],
        recipients: [wang],
        doc_count: 2,
        mentions: [mentionIn("d9")],
      };
      assert.deepEqual(show([talks, reverse]), [
        "2023-03-21 Sergey Lavrov (RUS) held talks with Wang Yi (CHN) [e1,e8] [d1,d9]",
      ]);
    });
  });
});

describe("buildTimeline: where", () => {
  const at = (name: string) => ({ name, country: null, lat: null, lon: null });
  test("a folded report's one place is named when the shown report names none", () => {
    const onTheDay = { ...talks, id: "p1", confidence: 0.9, mentions: [mentionIn("d1")] };
    const headline = { ...talks, id: "p2", date: "2023-03-22", location: at("Singapore"), mentions: [mentionIn("d2")] };
    assert.deepEqual(lines([onTheDay, headline]), [
      "2023-03-21 Wang Yi (CHN) held talks with Sergey Lavrov (RUS) in Singapore [p1,p2] [d1,d2]",
    ]);
  });

  test("a line that names no place anywhere stays as it is", () => {
    assert.deepEqual(lines([{ ...talks, id: "p1" }]), [
      "2023-03-21 Wang Yi (CHN) held talks with Sergey Lavrov (RUS) [p1] [d1]",
    ]);
  });
});

describe("buildTimeline: one event told at two scales", () => {
  const xi = person("p:xi-jinping", "Xi Jinping", "CHN");
  const biden = person("p:joe-biden", "Joe Biden", "USA");
  const met = (id: string, date: string, name: string, country: string) =>
    eventRecord({
      id,
      actors: [biden, xi],
      date,
      location: { name, country, lat: null, lon: null },
      mentions: [mentionIn(id)],
    });
  test("a month's report naming the region joins the day's report naming the city", () => {
    const lines = buildTimeline([
      met("a", "2023-11-15", "San Francisco", "USA"),
      met("b", "2023-11", "California", "USA"),
    ]);
    assert.deepEqual(
      lines.entries.map((e) => [e.date, e.event_ids]),
      [["2023-11-15", ["a", "b"]]],
    );
  });
  test("a month's report in another country stays apart", () => {
    const lines = buildTimeline([met("a", "2023-11-15", "San Francisco", "USA"), met("b", "2023-11", "Bali", "IDN")]);
    assert.equal(lines.entries.length, 2);
  });
});
