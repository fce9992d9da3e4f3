import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyze } from "../../analyze.js";
import { PUBLISHED, type Row, runTable } from "./expect-events.js";

// biome-ignore format: one case per line reads as a table
const FURNITURE: Row[] = [
  ["a link title after 'Read more:' is not coded; the prose after it is", "Read more:\nBlinken meets Xi Jinping in Beijing\nSergei Lavrov criticised NATO on Monday.", ["ACCUSE/disapprove Sergey Lavrov → NATO | reported 2023-06-19 (relative)"]],
  ["nor after 'Related:'", "Related:\nVladimir Putin meets Xi Jinping in Moscow\nJapan and South Korea held talks in Seoul.", ["CONSULT Japan + South Korea | reported 2023-06-20 (publication) | in Seoul"]],
  ["a caption line is not coded", "Photo: Wang Yi meets Antony Blinken in Beijing", []],
  ["a bracketed cover caption is not coded", "(Cover: Sergei Lavrov meets Wang Yi in Moscow /CMG)", []],
  ["the same headline line with no furniture before it is coded", "Blinken meets Xi Jinping in Beijing", ["CONSULT Antony Blinken → Xi Jinping | reported 2023-06-20 (publication) | in Beijing"]],
];

// biome-ignore format: one case per line reads as a table
const PLACES: Row[] = [
  ["'talks in Beijing' gives the place, not an actor China", "Antony Blinken held talks with Wang Yi in Beijing.", ["CONSULT Antony Blinken → Wang Yi | reported 2023-06-20 (publication) | in Beijing"]],
  ["a place alone makes no side of a meeting", "Officials held talks in Beijing on Monday.", []],
  ["a place after a by-agent stays a place", "The balloon was shot down by the United States off South Carolina.", ["ASSAULT United States | reported 2023-06-20 (publication) | in South Carolina"]],
  ["a place ending one line leaves the name opening the next an actor", "Olaf Scholz landed in Moscow\nJapan and South Korea held talks in Seoul.", ["CONSULT/visit Olaf Scholz → Russia | reported 2023-06-20 (publication) | in Moscow", "CONSULT Japan + South Korea | reported 2023-06-20 (publication) | in Seoul"]],
  ["a capital as the subject stands for its government", "Beijing accused Washington of hypocrisy.", ["ACCUSE/allege China → United States | reported 2023-06-20 (publication)"]],
];

// biome-ignore format: one case per line reads as a table
const NO_ACTOR: Row[] = [
  ["unnamed sides are no actors", "The two sides met in Geneva.", []],
  ["delegates from unnamed sides neither", "Delegates from both sides held talks in Moscow.", []],
  ["a subject that names no one", "The film crew visited the embassy.", []],
  ["named sides are actors", "Antony Blinken met Wang Yi in Geneva.", ["CONSULT Antony Blinken → Wang Yi | reported 2023-06-20 (publication) | in Geneva"]],
];

// biome-ignore format: one case per line reads as a table
const PAIRS: Row[] = [
  ["a relationship pair is a topic, not a participant", "Wang Yi discussed China-US relations with Antony Blinken.", ["CONSULT Wang Yi → Antony Blinken | reported 2023-06-20 (publication)"]],
  ["a pair before the clause does not join the meeting", "China-US relations improved after Antony Blinken met Wang Yi.", ["CONSULT Antony Blinken → Wang Yi | reported undated (unknown)"]],
  ["a prefix pair names no one", "Sino-US relations dominated the talks in Geneva.", []],
  ["a pair before a war names no attacker", "Heavy fighting was reported near the Russia-Ukraine border.", []],
  ["the same countries written apart are participants", "China and the US held talks in Geneva.", ["CONSULT China + United States | reported 2023-06-20 (publication) | in Geneva"]],
];

// biome-ignore format: one case per line reads as a table
const NO_EVENT: Row[] = [
  ["a meeting room is no meeting", "The meeting room was full.", []],
  ["a call centre is no call", "He works at a call centre.", []],
  ["meeting expectations is no meeting", "The plan met expectations.", []],
  ["a heart attack is no attack by anyone", "A heart attack killed the ambassador's driver.", []],
];

describe("events: what is never coded", () => {
  describe("page furniture", () => runTable(FURNITURE));
  describe("a place is never an actor", () => runTable(PLACES));
  describe("no event without an actor", () => runTable(NO_ACTOR));
  describe("relationship pairs", () => runTable(PAIRS));
  describe("sentences with no event", () => runTable(NO_EVENT));

  test("a trigger with no actor leaves a message naming its rule and sentence", () => {
    const text = "Officials held talks in Beijing on Monday.";
    const messages = analyze(text, { publishedAt: PUBLISHED }).messages.filter((m) => m.stage === "events");
    assert.deepEqual(messages, [
      {
        stage: "events",
        rule: "consult.hold-talks.verb",
        reason: '"held talks" looks like a CONSULT event but no actor was found',
        start: 0,
        end: text.length,
      },
    ]);
  });
});
