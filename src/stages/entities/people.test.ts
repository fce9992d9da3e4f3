import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { entitiesOf, type Row, runEntities, runTable } from "./expect-entities.js";

// biome-ignore format: one case per line reads as a table
const VARIANTS: Row[] = [
  ["a one-letter slip of a surname the article spells right elsewhere", "Blinken arrived in Beijing on Sunday. Reporters asked whether Bilinken would meet Xi.", [["PERSON", "Blinken", "p:antony-blinken"], ["GPE", "Beijing", "CHN"], ["PERSON", "Bilinken", "p:antony-blinken"]]],
  ["a slip written before the right spelling", "Reporters asked whether Bilinken would meet Xi. Blinken arrived in Beijing on Sunday.", [["PERSON", "Bilinken", "p:antony-blinken"], ["PERSON", "Blinken", "p:antony-blinken"], ["GPE", "Beijing", "CHN"]]],
  ["swapped letters in a surname the article also spells right", "Officials said Lavorv would attend. Lavrov later left for Geneva.", [["PERSON", "Lavorv", "p:sergey-lavrov"], ["PERSON", "Lavrov", "p:sergey-lavrov"], ["GPE", "Geneva", null]]],
  ["not: a slip the article never spells right", "Reporters asked whether Bilinken would meet Xi.", []],
  ["a slip after the full name", "Antony Blinken flew to Beijing. Bilinken later met Chinese officials.", [["PERSON", "Antony Blinken", "p:antony-blinken"], ["GPE", "Beijing", "CHN"], ["PERSON", "Bilinken", "p:antony-blinken"], ["NORP", "Chinese", "CHN"]]],
  ["a misspelt full name is read with the person's country in the story", "Vang Yi spoke with reporters about China.", [["PERSON", "Vang Yi", "p:wang-yi"], ["GPE", "China", "CHN"]]],
  ["a misspelt full name is read with a title that matches a role", "Foreign Minister Qing Gang received the envoy.", [["TITLE", "Foreign Minister", null], ["PERSON", "Qing Gang", "p:qin-gang"]]],
  ["a slip with nothing in the article to support it is no one", "Bilinken later met Chinese officials.", [["NORP", "Chinese", "CHN"]]],
  ["a misspelt full name with no support is left out", "Vang Yi spoke with reporters about the summit.", []],
];

// biome-ignore format: one case per line reads as a table
const CAPITALISED: Row[] = [
  ["a capitalised pair the knowledge base knows is a person", "Lawrence Summers criticised the tariffs.", [["PERSON", "Lawrence Summers", "p:lawrence-summers"]]],
  ["an unknown capitalised pair before a speech verb is a new person", "Chen Wei said the talks were useful.", [["PERSON", "Chen Wei", "p:chen-wei"]]],
  ["an unknown capitalised pair is no person", "Point News reported the meeting.", []],
  ["a place-like pair is no person either", "Silicon Valley investors welcomed the decision.", []],
];

// biome-ignore format: one case per line reads as a table
const SURNAMES: Row[] = [
  ["a surname after the full name is the same person", "Foreign Minister Qin Gang met Blinken. Qin said the talks were useful.", [["TITLE", "Foreign Minister", null], ["PERSON", "Qin Gang", "p:qin-gang"], ["PERSON", "Blinken", "p:antony-blinken"], ["PERSON", "Qin", "p:qin-gang"]]],
  ["a surname written last in the name", "Sergei Lavrov met Wang Yi. Lavrov said the meeting was fruitful.", [["PERSON", "Sergei Lavrov", "p:sergey-lavrov"], ["PERSON", "Wang Yi", "p:wang-yi"], ["PERSON", "Lavrov", "p:sergey-lavrov"]]],
  ["a family name written first in the name", "Wang Yi arrived in Moscow. Wang later met Sergei Lavrov.", [["PERSON", "Wang Yi", "p:wang-yi"], ["GPE", "Moscow", "RUS"], ["PERSON", "Wang", "p:wang-yi"], ["PERSON", "Sergei Lavrov", "p:sergey-lavrov"]]],
  ["a surname several known people bear, never introduced, is no one", "Wang later arrived in Moscow.", [["GPE", "Moscow", "RUS"]]],
];

// biome-ignore format: one case per line reads as a table
const SPEAKERS: Row[] = [
  ["a lone unknown name before 'said' is a person, unresolved", "Zelensky said Kyiv would not give up territory.", [["PERSON", "Zelensky", null], ["GPE", "Kyiv", "UKR"]]],
  ["a lone unknown name before 'told'", "Halvorsen told reporters in Canberra that trade was recovering.", [["PERSON", "Halvorsen", null], ["GPE", "Canberra", "AUS"]]],
  ["a group word before 'said' is no person", "Officials said the talks went well.", []],
  ["nor before 'told'", "Analysts told Reuters the visit was overdue.", [["ORG", "Reuters", "o:reuters"]]],
];

// biome-ignore format: one case per line reads as a table
const APPOSITION: Row[] = [
  ["a title in apposition after a name vouches for a person and binds to it", "The visitors were met by Maria Ostrova, Bulgaria's deputy foreign minister, at the airport.", [["PERSON", "Maria Ostrova", "p:maria-ostrova"], ["GPE", "Bulgaria", "BGR"], ["TITLE", "deputy foreign minister", null]]],
  ["after a determiner and a country word", "Talks were opened by Tomas Reyes, the Chilean Ambassador to Tokyo.", [["PERSON", "Tomas Reyes", "p:tomas-reyes"], ["NORP", "Chilean", "CHL"], ["TITLE", "Ambassador", null], ["GPE", "Tokyo", "JPN"]]],
  ["with a modifier, before a place", "The letter was signed by Ruth Okafor, a senior official in Abuja.", [["PERSON", "Ruth Okafor", "p:ruth-okafor"], ["TITLE", "senior official", null]]],
  ["a title that does not end the apposition binds nothing", "Point Reyes, a journalist said, was closed to visitors.", []],
];

// biome-ignore format: one case per line reads as a table
const HONORIFICS: Row[] = [
  ["an honorific vouches for the name after it, and stays out of it", "Lord Hennessy told peers the bill was flawed.", [["PERSON", "Hennessy", null]]],
  ["a full name after an honorific is a new person", "Sir Edmund Carrow said the inquiry would report in May.", [["PERSON", "Edmund Carrow", "p:edmund-carrow"]]],
  ["Mr before a surname", "Mr Okonjo declined to comment on the vote.", [["PERSON", "Okonjo", null]]],
  ["a capitalised word with no honorific and no speech verb is no one", "Okonjo was not available for comment.", []],
];

// biome-ignore format: one case per line reads as a table
const NOT_NAMES: Row[] = [
  ["a title opens no name", "Chancellor Peter Hallam said the deficit would narrow.", [["TITLE", "Chancellor", null], ["PERSON", "Peter Hallam", "p:peter-hallam"]]],
  ["nor a judicial one", "Judge Amira Saleh told the court the evidence was thin.", [["TITLE", "Judge", null], ["PERSON", "Amira Saleh", "p:amira-saleh"]]],
  ["a word that opens its sentence and is written in lower case elsewhere is no speaker", "Teachers said they would strike. Most teachers backed the union.", []],
  ["a lone name before a speech verb is still a speaker", "Halvorsen said the teachers would strike.", [["PERSON", "Halvorsen", null]]],
  ["a first name before a surname is no known person's surname", "Dr Richard Dunmore, of the medical council, said waiting times had risen.", [["PERSON", "Richard Dunmore", "p:richard-dunmore"]]],
];

describe("entities: people, their spellings and second references", () => {
  describe("titles in apposition", () => runTable(APPOSITION));
  describe("honorifics", () => runTable(HONORIFICS));
  describe("words that are no names", () => runTable(NOT_NAMES));
  describe("spelling variants need support from the article", () => runTable(VARIANTS));
  describe("capitalised names need the knowledge base or a speech verb", () => runTable(CAPITALISED));
  describe("surnames", () => runTable(SURNAMES));
  describe("speakers", () => runTable(SPEAKERS));

  test("a variant says which evidence it rests on, and its rule says variant", () => {
    const doc = runEntities("Vang Yi spoke with reporters about China.");
    assert.equal(doc.get("entities")[0]?.rule, "entities.person.capitalised+variant");
    assert.deepEqual(
      doc.messages.map((m) => [m.rule, m.reason, m.start, m.end]),
      [["actors.variant", '"Vang Yi" read as Wang Yi (country CHN in the article)', 0, 7]],
    );
  });

  test("a second reference keeps the country of the person it points to", () => {
    const qin = entitiesOf("Qin Gang met reporters. Qin was calm.").at(-1);
    assert.deepEqual([qin?.text, qin?.country, qin?.rule], ["Qin", "CHN", "entities.person.surname"]);
  });
});
