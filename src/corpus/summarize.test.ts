import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { EventRecord } from "../model/records.js";
import { country, eventRecord, mentionIn, person } from "../testing/events.js";
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
  ["two sides of a visit with no host named met", { mode: "visit", actors: [blinken, wang] }, "Antony Blinken (USA) and Wang Yi (CHN) met"],
  ["and met where the visit was", { mode: "visit", actors: [biden, xi], location: at("Bali") }, "Joe Biden (USA) and Xi Jinping (CHN) met in Bali"],
  ["one side of a visit with no host named made a visit", { mode: "visit", actors: [wang] }, "Wang Yi (CHN) made a visit"],
  ["three sides are listed with commas and 'and'", { actors: [japan, korea, country("CHN", "China")] }, "Japan, South Korea and China held talks"],
  ["another type with no recipient says what was done, without an object", { event_type: "SANCTION", mode: "embargo", actors: [country("USA", "United States")] }, "The United States imposed sanctions"],
  ["a commitment of two sides with no recipient", { event_type: "AGREE", actors: [biden, xi] }, "Joe Biden (USA) and Xi Jinping (CHN) made a commitment"],
  ["a commitment to the other side", { event_type: "AGREE", cameo: "030", actors: [blinken], recipients: [wang] }, "Antony Blinken (USA) made a commitment to Wang Yi (CHN)"],
  ["an agreement to meet (CAMEO 036)", { event_type: "AGREE", cameo: "036", actors: [biden], recipients: [xi] }, "Joe Biden (USA) agreed to meet Xi Jinping (CHN)"],
  ["two sides agreeing to meet", { event_type: "AGREE", cameo: "036", actors: [japan, korea] }, "Japan and South Korea agreed to meet"],
  ["a directed type with a recipient; 'the' before the United States", { event_type: "ACCUSE", actors: [country("CHN", "China")], recipients: [country("USA", "United States")] }, "China criticised the United States"],
  ["a cancelled meeting", { event_type: "REJECT", mode: "meet", actors: [blinken], recipients: [country("CHN", "China")] }, "Antony Blinken (USA) called off or refused a meeting with China"],
  ["a visit to a country names the city, then the country", { mode: "visit", actors: [blinken], recipients: [country("CHN", "China")], location: at("Beijing") }, "Antony Blinken (USA) visited Beijing, China"],
  ["a visit hosted by a person names the place, then the host", { mode: "visit", actors: [blinken], recipients: [person("p:chen-jining", "Chen Jining", "CHN")], location: at("Shanghai") }, "Antony Blinken (USA) visited Shanghai and met Chen Jining (CHN)"],
  ["a visit hosted by a person with no place names the host's country", { mode: "visit", actors: [wang], recipients: [biden] }, "Wang Yi (CHN) visited the United States and met Joe Biden (USA)"],
  ["a building takes 'at the'", { actors: [xi], recipients: [blinken], location: at("Great Hall of the People") }, "Xi Jinping (CHN) held talks with Antony Blinken (USA) at the Great Hall of the People"],
  ["a ministry takes 'the'", { event_type: "REQUEST", actors: [{ ...country("CHN", "China"), actor_id: "o:mofcom", name: "Ministry of Commerce", kind: "organization" }], recipients: [country("USA", "United States")] }, "The Ministry of Commerce (CHN) made a request to the United States"],
  ["a planned event says so", { status: "future", actors: [wang], recipients: [blinken] }, "planned: Wang Yi (CHN) held talks with Antony Blinken (USA)"],
  ["an event that did not happen says so", { status: "negated", actors: [blinken], recipients: [xi] }, "did not happen: Antony Blinken (USA) held talks with Xi Jinping (CHN)"],
  ["a possible event says so", { status: "hypothetical", actors: [biden], recipients: [xi] }, "possible: Joe Biden (USA) held talks with Xi Jinping (CHN)"],
  ["a remote meeting the reports call a video call says so", { mode: "phone", actors: [biden, xi], mentions: [mentionIn("d1", "Biden and Xi held a virtual summit on Monday."), mentionIn("d2", "The two leaders spoke by video link.")] }, "Joe Biden (USA) and Xi Jinping (CHN) held a video call"],
  ["and with a recipient", { mode: "phone", actors: [wang], recipients: [blinken], mentions: [mentionIn("d1", "Wang held a videoconference with Blinken.")] }, "Wang Yi (CHN) held a video call with Antony Blinken (USA)"],
  ["a report that says phone keeps the phone call", { mode: "phone", actors: [biden, xi], mentions: [mentionIn("d1", "Biden and Xi held a virtual summit."), mentionIn("d2", "The leaders spoke by telephone.")] }, "Joe Biden (USA) and Xi Jinping (CHN) spoke by phone"],
  ["a society takes 'the'", { actors: [wang], recipients: [{ ...country("USA", "United States"), actor_id: "o:asia-society", name: "Asia Society", kind: "organization" }] }, "Wang Yi (CHN) held talks with the Asia Society (USA)"],
  ["a threat that names no action is a warning", { event_type: "THREATEN", cameo: "130", actors: [xi], recipients: [country("USA", "United States")] }, "Xi Jinping (CHN) warned the United States"],
  ["a threat of a named action stays a threat", { event_type: "THREATEN", mode: "restrict", cameo: "1312", actors: [xi], recipients: [country("USA", "United States")] }, "Xi Jinping (CHN) threatened the United States"],
  ["a person with no known country is named alone", { actors: [person("p:chen-wei", "Chen Wei", null)], recipients: [wang] }, "Chen Wei held talks with Wang Yi (CHN)"],
];

describe("summarize: one line from an event's coding", () => {
  for (const [behaviour, fields, expected] of CASES) {
    test(behaviour, () => assert.equal(summarize(eventRecord(fields)), expected));
  }
});
