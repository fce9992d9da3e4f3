import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { entitiesOf, type Row, runTable } from "./expect-entities.js";

// biome-ignore format: one case per line reads as a table
const HEADED: Row[] = [
  ["capitalised words ending in an organisation word are an organisation", "The Hansard Society published its audit of voter engagement.", [["ORG", "Hansard Society", "o:hansard-society"]]],
  ["a head with what it is of", "The Ministry of Defence confirmed that two frigates had sailed.", [["ORG", "Ministry of Defence", "o:ministry-of-defence"]]],
  ["a head with a joined tail", "Officials from the Department for Work and Pensions briefed the committee.", [["ORG", "Department for Work and Pensions", "o:department-for-work-and-pensions"]]],
  ["a head alone is no organisation", "Party leaders met on Tuesday to discuss the budget.", []],
  ["nor a head with only a known organisation after it", "The Secretariat of the Communist Party of China met.", [["ORG", "Communist Party of China", "o:cpc"]]],
  ["a head at the end of lower-case words is no organisation", "The foreign affairs committee of the assembly met in private.", []],
  ["a date after `on` ends the name", "The Electoral Commission on Thursday published its report.", [["ORG", "Electoral Commission", "o:electoral-commission"]]],
];

// biome-ignore format: one case per line reads as a table
const COUNTRY: Row[] = [
  ["a country word opening the name is part of it and gives its country", "The Japanese Foreign Ministry summoned the Chinese ambassador.", [["ORG", "Japanese Foreign Ministry", "o:japanese-foreign-ministry"], ["NORP", "Chinese", "CHN"]]],
  ["a possessive country before the name stays a country", "India's Election Commission said turnout had been high.", [["GPE", "India", "IND"], ["ORG", "Election Commission", "o:election-commission"]]],
  ["the name stops before an organisation the knowledge base knows", "A spokesman for the Organization Department of the Communist Party of China declined to comment.", [["ORG", "Organization Department", "o:organization-department"], ["ORG", "Communist Party of China", "o:cpc"]]],
];

// biome-ignore format: one case per line reads as a table
const NOT_PEOPLE: Row[] = [
  ["an organisation's name before a speech verb is no person", "The Fabian Society said the plan was fair.", [["ORG", "Fabian Society", "o:fabian-society"]]],
  ["nor after a title-like opening word", "Researchers at the Institute for Fiscal Studies said the figures were sound.", [["ORG", "Institute for Fiscal Studies", "o:institute-for-fiscal-studies"]]],
  ["a person named before an organisation keeps the person", "Lawrence Summers told the Economic Club of New York that rates would rise.", [["PERSON", "Lawrence Summers", "p:lawrence-summers"], ["GPE", "New York", null]]],
];

// biome-ignore format: one case per line reads as a table
const KNOWN: Row[] = [
  ["a party body with its party's name is one organisation", "The statement was issued by the Communist Party of China Central Committee on Friday.", [["ORG", "Communist Party of China Central Committee", "o:cpc-cc"]]],
  ["the office of a commission is the knowledge base's office", "He was named head of the Office of the Foreign Affairs Commission last year.", [["ORG", "Office of the Foreign Affairs Commission", "o:cpc-cfac-office"]]],
  ["a news site's name is the outlet, not the country in it", "The interview first appeared on Pakistan Point News.", [["ORG", "Pakistan Point News", "o:urdupoint"]]],
  ["an armed group by its short name", "Tamil Tigers attacked a naval base near Trincomalee.", [["ORG", "Tamil Tigers", "o:ltte"]]],
  ["an armed group by its full name", "The Moro Islamic Liberation Front signed a truce with Manila.", [["ORG", "Moro Islamic Liberation Front", "o:milf"], ["GPE", "Manila", "PHL"]]],
  ["an acronym shared with a think tank names no armed group", "The FDD think tank in Washington published a report.", [["GPE", "Washington", "USA"]]],
];

// biome-ignore format: one case per line reads as a table
const OFFICES: Row[] = [
  ["a body named as the office someone holds is mentioned but stands for no actor", "The envoy met the Director of the National Security Bureau on Monday.", [["ORG", "National Security Bureau", null]]],
  ["after `head of the`", "She was appointed head of the Foreign Affairs Committee in March.", [["ORG", "Foreign Affairs Committee", null]]],
  ["after a title", "Talks were led by the secretary of the National Defence Commission, state media said.", [["ORG", "National Defence Commission", null]]],
  ["a body that acts is an actor", "The Foreign Affairs Committee summoned the minister.", [["ORG", "Foreign Affairs Committee", "o:foreign-affairs-committee"]]],
];

describe("entities: organisations", () => {
  describe("bodies named as someone's office", () => runTable(OFFICES));
  describe("names headed by an organisation word", () => runTable(HEADED));
  describe("their country", () => runTable(COUNTRY));
  describe("organisations are not people", () => runTable(NOT_PEOPLE));
  describe("bodies the knowledge base knows", () => runTable(KNOWN));

  test("an organisation takes the country named in it, or the one it belongs to", () => {
    const country = (text: string, surface: string) => entitiesOf(text).find((e) => e.text === surface)?.country;
    assert.equal(country("The Japanese Foreign Ministry summoned the envoy.", "Japanese Foreign Ministry"), "JPN");
    assert.equal(country("India's Election Commission said turnout was high.", "Election Commission"), "IND");
    assert.equal(
      country("The Organization Department of the Communist Party of China met.", "Organization Department"),
      "CHN",
    );
    assert.equal(country("The Hansard Society published its audit.", "Hansard Society"), null);
  });
});
