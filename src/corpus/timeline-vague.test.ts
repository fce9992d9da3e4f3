import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { EventActor, EventRecord } from "../model/records.js";
import { country, eventRecord, mentionIn, person } from "../testing/events.js";
import { buildTimeline } from "./timeline.js";

const campbell = person("p:kurt-campbell", "Kurt Campbell", "USA");
const ma = person("p:ma-zhaoxu", "Ma Zhaoxu", "CHN");
const modi = person("p:narendra-modi", "Narendra Modi", "IND");
const kishida = person("p:fumio-kishida", "Fumio Kishida", "JPN");
const usa = country("USA", "United States");
const china = country("CHN", "China");
const japan = country("JPN", "Japan");
const india = country("IND", "India");

const event = (id: string, fields: Partial<EventRecord>) =>
  eventRecord({ id, date_basis: "relative", mentions: [mentionIn(`d-${id}`)], ...fields });
const lines = (events: EventRecord[]) =>
  buildTimeline(events).entries.map((e) => `${e.date} ${e.summary} [${e.event_ids}]`);

describe("a report naming a side only by its country joins the entry naming who acted", () => {
  test("countries' talks inside the week of the envoys' talks: one line, the envoys'", () => {
    const envoys = event("a", { actors: [campbell], recipients: [ma], date: "2024-03-04", date_end: "2024-03-10" });
    const states = event("b", { actors: [usa], recipients: [china], date: "2024-03-07", date_basis: "publication" });
    assert.deepEqual(lines([envoys, states]), ["2024-03-04 Kurt Campbell (USA) held talks with Ma Zhaoxu (CHN) [a,b]"]);
  });

  test("a leader 'discussed … with India' the day after the two leaders' call: one line", () => {
    const call = event("a", { mode: "phone", actors: [kishida, modi], date: "2023-05-02" });
    const discussed = event("b", {
      actors: [kishida],
      recipients: [india],
      date: "2023-05-03",
      date_basis: "publication",
    });
    assert.deepEqual(lines([call, discussed]), [
      "2023-05-02 Fumio Kishida (JPN) and Narendra Modi (IND) spoke by phone [a,b]",
    ]);
  });

  test("'Japan and India agreed' folds into the ministers' agreement of the day before, either way round", () => {
    const named = event("a", { event_type: "AGREE", actors: [modi], recipients: [kishida], date: "2023-05-02" });
    const vague = event("b", { event_type: "AGREE", actors: [japan, india], date: "2023-05-03" });
    assert.equal(lines([named, vague]).length, 1);
  });

  test("a demand the other way round is another act, not a restatement", () => {
    const asked = event("a", { event_type: "REQUEST", actors: [kishida], recipients: [modi], date: "2023-05-02" });
    const urged = event("b", { event_type: "REQUEST", actors: [modi], recipients: [japan], date: "2023-05-02" });
    assert.equal(lines([asked, urged]).length, 2);
  });

  test("a visit is not a restatement of talks held during it", () => {
    const talks = event("a", { actors: [campbell, ma], date: "2024-03-05" });
    const visit = event("b", { mode: "visit", actors: [campbell], recipients: [china], date: "2024-03-05" });
    assert.equal(lines([talks, visit]).length, 2);
  });

  test("stays apart from a named event weeks away, or when two named events fit equally", () => {
    const vague = event("c", { actors: [usa], recipients: [china], date: "2024-03-20", date_basis: "publication" });
    const early = event("a", { actors: [campbell], recipients: [ma], date: "2024-03-01" });
    assert.equal(lines([early, vague]).length, 2);
    const envoy = person("p:nicholas-burns", "Nicholas Burns", "USA");
    const one = event("a", { actors: [campbell], recipients: [ma], date: "2024-03-19" });
    const two = event("d", { actors: [envoy], recipients: [ma], date: "2024-03-19" });
    assert.equal(lines([one, two, vague]).length, 3);
  });

  describe("a body stands for the person who heads or speaks for it", () => {
    const dept = {
      actor_id: "o:state-department",
      name: "State Department",
      kind: "organization" as const,
      country: "USA",
      sector: "GOV",
      role: null,
      text: "State Department",
    };
    const spokesman = {
      ...person("p:matthew-miller", "Matthew Miller", "USA"),
      role: "Spokesperson of the State Department",
    };
    const aide = {
      ...person("p:john-kirby", "John Kirby", "USA"),
      role: "Spokesperson of the National Security Council",
    };
    const russia = country("RUS", "Russia");
    const accuse = (id: string, who: EventActor, fields: Partial<EventRecord> = {}) =>
      event(id, { event_type: "ACCUSE", actors: [who], recipients: [russia], date: "2024-02-12", ...fields });

    test("the department's accusation and its spokesman's, a day apart: one line, the spokesman's", () => {
      assert.deepEqual(lines([accuse("a", spokesman), accuse("b", dept, { date: "2024-02-13" })]), [
        "2024-02-12 Matthew Miller (USA) criticised Russia [a,b]",
      ]);
    });

    test("a party department's pledge and its head's, in one report", () => {
      const idcpc = { ...dept, actor_id: "o:idcpc", name: "International Department", country: "CHN" };
      const liu = { ...person("p:liu-jianchao", "Liu Jianchao", "CHN"), role: "Head of the International Department" };
      const pledge = (id: string, who: EventActor) =>
        event(id, { event_type: "AGREE", actors: [who], recipients: [usa], date: "2024-01-09" });
      assert.equal(lines([pledge("a", liu), pledge("b", idcpc)]).length, 1);
    });

    test("someone speaking for another body is not the department", () => {
      assert.equal(lines([accuse("a", aide), accuse("b", dept)]).length, 2);
    });
  });
});
