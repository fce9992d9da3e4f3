import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eventsOf, type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Invented sentences.

// biome-ignore format: one case per line reads as a table
const GROUP_NOUN: Row[] = [
  ["nationality words coordinated before a group noun act", "Senior Kenyan and Ugandan officials agreed on Monday to reopen the border.", ["AGREE Kenya + Uganda | reported 2023-06-19 (relative)"]],
  ["a country's government, through a possessive", "Peru's interim government rejected the proposal from Bolivia.", ["REJECT Peru → Bolivia | reported 2023-06-20 (publication)"]],
  ["a nationality heading any plural", "Chilean warships patrolled the disputed channel on Tuesday.", ["MOBILIZE Chile | reported 2023-06-20 (relative)"]],
  ["a quantity before the group", "Thousands of Kenyan students protested on Sunday.", ["PROTEST/demo Kenya | reported 2023-06-18 (relative)"]],
  ["a plural nationality after a quantity is the group itself", "Thousands of Syrians sought refuge in Turkey.", ["REQUEST/assist Syria | reported 2023-06-20 (publication) | in Türkiye"]],
  ["protesting nationals block a bridge", "Polish truckers blocked a bridge on the German border.", ["PROTEST/obstruct Poland → Germany | reported 2023-06-20 (publication)"]],
  ["a light verb before a noun trigger", "Kenyan students staged mass demonstrations on Monday.", ["PROTEST/demo Kenya | reported 2023-06-19 (relative)"]],
  ["a member of a national body, named in commas", "A member of the Kenyan parliament, Joseph Otieno, started a hunger strike.", ["PROTEST/hunger Kenya | reported 2023-06-20 (publication)"]],
  ["a group located in a country acts for it", "Security forces in Chad have arrested two journalists.", ["COERCE/arrest Chad → Chad | reported 2023-06-20 (publication) | in Chad"]],
  ["opposition groups in a country", "Opposition groups in Malawi are demanding new elections.", ["REQUEST Malawi | reported 2023-06-20 (publication) | in Malawi"]],
  ["a place after a prepositional object is no subject", "Talks with officials in Chad resumed.", []],
  ["a group after the verb is no subject", "Officials met the Danish delegation in Oslo.", []],
  ["a nationality after a preposition is no subject", "Talks with Syrians stalled.", []],
  ["the subject of a passive is acted on", "The Latvian drone was shot down.", ["ASSAULT  → Latvia | reported 2023-06-20 (publication)"]],
];

// biome-ignore format: one case per line reads as a table
const ORGANISATIONS: Row[] = [
  ["a rights group accuses", "Amnesty International accused Egypt of torturing detainees.", ["ACCUSE/allege Amnesty International → Egypt | reported 2023-06-20 (publication)", "ASSAULT/torture Egypt | reported 2023-06-20 (publication)"]],
  ["an inspection agency investigates", "The IAEA dispatched inspectors to a reactor site in Brazil.", ["ACCUSE/investigate International Atomic Energy Agency | reported 2023-06-20 (publication) | in Brazil"]],
];

// biome-ignore format: one case per line reads as a table
const LEXICON: Row[] = [
  ["accepting a proposal is AGREE", "Vietnam accepted the proposal from Cambodia.", ["AGREE Vietnam → Cambodia | reported 2023-06-20 (publication)"]],
  ["a declared readiness is AGREE", "Ghana is willing to send engineers to Togo next month.", ["AGREE Ghana → Togo | reported 2023-07 (relative)"]],
  ["supplying goods is AID", "Japan supplied water pumps to Mongolia after the floods.", ["AID Japan → Mongolia | reported 2023-06-20 (publication)"]],
  ["sharing evidence is COOPERATE", "Ecuador shared evidence with Peru about the smuggling ring.", ["COOPERATE Ecuador → Peru | reported 2023-06-20 (publication)"]],
  ["withdrawing forces is RETREAT", "Morocco withdrew its border guards from the disputed strip.", ["RETREAT/withdraw Morocco | reported 2023-06-20 (publication)"]],
  ["reinforcing posts is MOBILIZE", "Pakistan reinforced its border posts on Friday.", ["MOBILIZE Pakistan | reported 2023-06-16 (relative)"]],
  ["relaxing a curfew is CONCEDE, the curfew is its object", "Nepal relaxed the curfew in three districts on Monday.", ["CONCEDE Nepal | reported 2023-06-19 (relative)"]],
  ["suspending aid is SANCTION, the aid is its object", "Norway suspended development aid to Malawi.", ["SANCTION/discontinue Norway → Malawi | reported 2023-06-20 (publication)"]],
  ["a halt someone is urged to make is no sanction", "Japan urged Iran to suspend its enrichment programme.", ["REQUEST Japan → Iran | reported 2023-06-20 (publication)"]],
  ["cancelling restrictions is CONCEDE", "The Estonian parliament cancelled restrictions on foreign broadcasters.", ["CONCEDE Estonia | reported 2023-06-20 (publication)"]],
  ["easing curbs is CONCEDE", "Finland eased curbs on imports from Sweden.", ["CONCEDE Finland → Sweden | reported 2023-06-20 (publication)"]],
  ["reducing interest rates is no sanction", "The central bank of Norway reduced interest rates.", []],
  ["one side agreeing to act is AGREE", "Canada agreed to set up a trade office in Chile.", ["AGREE Canada | reported 2023-06-20 (publication) | in Chile"]],
  ["one side agreeing that something should happen", "Estonia agreed that the pipeline should close.", ["AGREE Estonia | reported 2023-06-20 (publication)"]],
  ["agreeing to a thing still needs a second side", "Estonia agreed to the plan.", []],
  ["withdrawing cash is no event", "The minister withdrew cash from the bank.", []],
  ["a refusal to accept is no agreement but a rejection", "Denmark will not accept the proposal.", ["REJECT Denmark | reported 2023-06-20 (publication)"]],
];

// biome-ignore format: one case per line reads as a table
const ADDRESSEE: Row[] = [
  ["the subject of a demanded clause is the recipient", "Peru demanded on Friday that Chile pay the debt.", ["REQUEST Peru → Chile | reported 2023-06-16 (relative)"]],
  ["so with 'urged that'", "Kenya urged that Tanzania open the border.", ["REQUEST Kenya → Tanzania | reported 2023-06-20 (publication)"]],
  ["a clause with no named subject gives no recipient", "Peru demanded that the debt be paid, Chile said.", ["REQUEST Peru | reported 2023-06-20 (publication)"]],
];

/** The types of a text's events, most confident first: the sentence's main event leads. */
const ranked = (text: string) =>
  eventsOf(text)
    .sort((a, b) => b.confidence - a.confidence || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))
    .map((e) => e.event_type);

// biome-ignore format: one case per line reads as a table
const MAIN_EVENT: [string, string, string[]][] = [
  ["an infinitival complement weighs less than its verb", "Mexico pledged to attack the cartels.", ["AGREE", "THREATEN"]],
  ["so does a that-clause", "Brazil demanded that Argentina withdraw its tariffs.", ["REQUEST", "RETREAT"]],
  ["two coordinated clauses weigh the same, in order", "Ghana criticised Togo on Monday, and Benin attacked Niger.", ["ACCUSE", "ASSAULT"]],
];

describe("events: group actors, organisations, new trigger rows, the main event", () => {
  describe("a country word heading a group noun", () => runTable(GROUP_NOUN));
  describe("organisations as actors", () => runTable(ORGANISATIONS));
  describe("trigger rows", () => runTable(LEXICON));
  describe("the addressee of a demand", () => runTable(ADDRESSEE));
  describe("the main event", () => {
    for (const [name, text, types] of MAIN_EVENT) test(name, () => assert.deepEqual(ranked(text), types));
    test("a complement's confidence is lower", () => {
      const [main, complement] = eventsOf("Mexico pledged to attack the cartels.");
      assert.ok((main?.confidence ?? 0) > (complement?.confidence ?? 1));
    });
  });
});
