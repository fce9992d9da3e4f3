import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eventsOf } from "./expect-events.js";

// Invented sentences. The people are fictional, so the knowledge base does not know them.

/** Actor and recipient countries of the first event of a sentence. */
function sides(text: string): [string[], string[]] | null {
  const [event] = eventsOf(text);
  if (!event) return null;
  return [event.actors.map((a) => `${a.name}:${a.country}`), event.recipients.map((a) => `${a.name}:${a.country}`)];
}

describe("events: titled people the knowledge base lacks", () => {
  test("a title before one unknown name makes a person who can act", () => {
    assert.deepEqual(sides("Archbishop Okonkwo condemned Ghana over the arrests."), [["Okonkwo:GHA"], ["Ghana:GHA"]]);
  });
  test("a titled person holds office in the one country the sentence names", () => {
    assert.deepEqual(sides("Judge Ana Ruiz ordered the arrest of two Peruvian officials."), [
      ["Ana Ruiz:PER"],
      ["Peru:PER"],
    ]);
  });
  test("a president banning a country's candidates is that country's", () => {
    assert.deepEqual(sides("President Ndaba Mole has banned Malawian opposition candidates from the vote.")?.[0], [
      "Ndaba Mole:MWI",
    ]);
  });
  test("with two countries in the sentence no country is implied", () => {
    assert.deepEqual(sides("President Ndaba Mole accused Zambia and Malawi of smuggling.")?.[0], ["Ndaba Mole:null"]);
  });

  test("a demonym after a country word lives in that country", () => {
    assert.deepEqual(sides("Bosnian Croats demanded a truce with Serbia.")?.[0], ["Croatia:BIH"]);
  });
  test("an ethnic group is of the country the event happens in", () => {
    assert.deepEqual(sides("Hundreds of ethnic Hungarians demonstrated in Romania on Sunday.")?.[0], ["Hungary:ROU"]);
  });
  test("a nationality alone stays its own country", () => {
    assert.deepEqual(sides("Hungarians demonstrated in Romania on Sunday.")?.[0], ["Hungary:HUN"]);
  });
  test("an unnamed group is of the one country its sentence names", () => {
    assert.deepEqual(sides("Prisoners rioted in protest at Kenya's new prison law.")?.[0], ["Prisoners:KEN"]);
  });
  test("and of that country when it is also the target", () => {
    assert.deepEqual(sides("Angry farmers blocked roads to demand that Peru cut fuel prices.")?.[0], [
      "Angry farmers:PER",
    ]);
  });
  test("an unnamed group between two countries stays of unknown country", () => {
    assert.deepEqual(sides("Protesters rallied against Chile's deal with Peru.")?.[0], ["Protesters:null"]);
  });
});

describe("events: an unnamed state body and the state it answers", () => {
  test("a ministry protesting a state's act is not that state's ministry", () => {
    assert.deepEqual(
      sides("In a statement on Sunday, the foreign ministry expressed strong dissatisfaction over India's decision."),
      [["foreign ministry:null"], ["India:IND"]],
    );
  });
  test("nor is a government criticising it", () => {
    assert.deepEqual(sides("The government criticised Canada for the expulsions."), [
      ["government:null"],
      ["Canada:CAN"],
    ]);
  });
  test("a ministry addressing its country's firms is still that country's", () => {
    assert.deepEqual(sides("The ministry urged Japanese companies to follow the new rules."), [
      ["ministry:JPN"],
      ["Japan:JPN"],
    ]);
  });
});
