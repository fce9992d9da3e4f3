import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { country, eventRecord, mentionIn, person } from "../testing/events.js";
import { buildTimeline } from "./timeline.js";

const modi = person("p:narendra-modi", "Narendra Modi", "IND");
const albanese = person("p:anthony-albanese", "Anthony Albanese", "AUS");
const india = country("IND", "India");
const australia = country("AUS", "Australia");
const at = (name: string) => ({ name, country: null, lat: null, lon: null });

const lines = (events: Parameters<typeof buildTimeline>[0]) =>
  buildTimeline(events).entries.map((e) => `${e.date} ${e.summary} [${e.event_ids}]`);

const talks = eventRecord({
  id: "t",
  actors: [modi, albanese],
  date: "2023-05-24",
  location: at("Sydney"),
  mentions: [mentionIn("d1", "Modi and Albanese held talks in Sydney on Wednesday.")],
});
const agreed = (id: string, fields: Parameters<typeof eventRecord>[0]) =>
  eventRecord({
    id,
    event_type: "AGREE",
    cameo: "030",
    date: "2023-05-24",
    mentions: [mentionIn(`d-${id}`)],
    ...fields,
  });

describe("timeline: an agreement joins the line of the meeting it came out of", () => {
  test("both leaders agreeing at their talks make one line", () => {
    assert.deepEqual(lines([talks, agreed("a", { actors: [albanese, modi] })]), [
      "2023-05-24 Narendra Modi (IND) and Anthony Albanese (AUS) held talks in Sydney and agreed to cooperate [t,a]",
    ]);
  });

  test("so do the two countries agreeing, and an agreed future meeting says so", () => {
    assert.deepEqual(lines([talks, agreed("a", { actors: [india, australia], cameo: "036" })]), [
      "2023-05-24 Narendra Modi (IND) and Anthony Albanese (AUS) held talks in Sydney and agreed to meet again [t,a]",
    ]);
  });

  test("one side's pledge to the other is a commitment", () => {
    assert.deepEqual(lines([talks, agreed("a", { actors: [modi], recipients: [australia] })]), [
      "2023-05-24 Narendra Modi (IND) and Anthony Albanese (AUS) held talks in Sydney and made a commitment [t,a]",
    ]);
  });

  test("an agreement on another day, or with a third party, keeps its own line", () => {
    const japan = country("JPN", "Japan");
    assert.deepEqual(
      lines([
        talks,
        agreed("a", { actors: [modi, albanese], date: "2023-05-26" }),
        agreed("b", { actors: [india, japan] }),
      ]),
      [
        "2023-05-24 Narendra Modi (IND) and Anthony Albanese (AUS) held talks in Sydney [t]",
        "2023-05-24 India and Japan made a commitment [b]",
        "2023-05-26 Narendra Modi (IND) and Anthony Albanese (AUS) made a commitment [a]",
      ],
    );
  });
});
