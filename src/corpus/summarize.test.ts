import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { EventRecord } from "../model/records.js";
import { country, eventRecord, person } from "../testing/events.js";
import { summarize } from "./summarize.js";

const wang = person("p:wang-yi", "Wang Yi", "CHN");
const blinken = person("p:antony-blinken", "Antony Blinken", "USA");
const biden = person("p:joe-biden", "Joe Biden", "USA");
const xi = person("p:xi-jinping", "Xi Jinping", "CHN");
const japan = country("JPN", "Japan");
const korea = country("KOR", "South Korea");
const at = (name: string) => ({ name, country: null, lat: null, lon: null });

// biome-ignore format: one case per line reads as a table
const CASES: [string, Partial<EventRecord>, string][] = [
  ["people carry their country, then the phrase of the type", { actors: [wang], recipients: [blinken] }, "Wang Yi (CHN) held talks with Antony Blinken (USA)"],
  ["the place is added after the participants", { actors: [wang], recipients: [blinken], location: at("Washington") }, "Wang Yi (CHN) held talks with Antony Blinken (USA) in Washington"],
  ["the mode chooses the phrase: phone", { mode: "phone", actors: [biden], recipients: [xi] }, "Joe Biden (USA) spoke by phone with Xi Jinping (CHN)"],
  ["the mode chooses the phrase: visit; a country has no code after it", { mode: "visit", actors: [blinken], recipients: [country("CHN", "China")] }, "Antony Blinken (USA) visited China"],
  ["a place the line already names is not repeated", { mode: "visit", actors: [wang], recipients: [country("SGP", "Singapore")], location: at("Singapore") }, "Wang Yi (CHN) visited Singapore"],
  ["a joint meeting with no recipient held talks", { actors: [japan, korea] }, "Japan and South Korea held talks"],
  ["three sides are listed with commas and 'and'", { actors: [japan, korea, country("CHN", "China")] }, "Japan, South Korea and China held talks"],
  ["another type with no recipient names the type and its mode", { event_type: "SANCTION", mode: "embargo", actors: [country("USA", "United States")] }, "United States: sanction (embargo)"],
  ["a directed type with a recipient", { event_type: "ACCUSE", actors: [country("CHN", "China")], recipients: [country("USA", "United States")] }, "China criticised United States"],
  ["a planned event says so", { status: "future", actors: [wang], recipients: [blinken] }, "planned: Wang Yi (CHN) held talks with Antony Blinken (USA)"],
  ["an event that did not happen says so", { status: "negated", actors: [blinken], recipients: [xi] }, "did not happen: Antony Blinken (USA) held talks with Xi Jinping (CHN)"],
  ["a possible event says so", { status: "hypothetical", actors: [biden], recipients: [xi] }, "possible: Joe Biden (USA) held talks with Xi Jinping (CHN)"],
  ["a person with no known country is named alone", { actors: [person("p:chen-wei", "Chen Wei", null)], recipients: [wang] }, "Chen Wei held talks with Wang Yi (CHN)"],
];

describe("summarize: one line from an event's coding", () => {
  for (const [behaviour, fields, expected] of CASES) {
    test(behaviour, () => assert.equal(summarize(eventRecord(fields)), expected));
  }
});
