import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eventsOf, type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Invented sentences: forms and rules that choose an event's type.

// biome-ignore format: one case per line reads as a table
const ROWS: Row[] = [
  ["accepting demands is a concession", "Mali's junta accepted the demands of Senegal to free the detained soldiers.", ["CONCEDE Mali → Senegal | reported 2023-06-20 (publication)"]],
  ["accepting demands, no article", "Chile accepted demands from Bolivia for a new trade route.", ["CONCEDE Chile → Bolivia | reported 2023-06-20 (publication)"]],
  ["easing emergency measures concedes", "Egypt eased emergency measures in Sinai on Monday.", ["CONCEDE Egypt | reported 2023-06-19 (relative)"]],
  ["relaxing security measures concedes", "Thailand relaxed security measures in its southern provinces.", ["CONCEDE Thailand | reported 2023-06-20 (publication)"]],
  ["weather that eases concedes nothing", "The storm eased on Monday.", []],
  ["a sum in aid: the giver acts, the first object receives", "Japan gave Kenya 30 million dollars in aid.", ["AID Japan → Kenya | reported 2023-06-20 (publication)"]],
  ["a promised grant is an agreement", "Germany will give Namibia a grant of 40 million euros.", ["AGREE Germany → Namibia | future undated (unknown)"]],
  ["aid received from a donor: the donor acts", "Haiti received emergency aid from Canada on Monday.", ["AID Canada → Haiti | reported 2023-06-19 (relative)"]],
  ["a grant with no giver names no event", "The university received a grant of 2 million dollars.", []],
  ["reneging on a pledge rejects", "Ghana reneged on its pledge to Togo.", ["REJECT Ghana → Togo | reported 2023-06-20 (publication)"]],
  ["backing out of a deal rejects", "Peru backed out of the gas deal with Bolivia.", ["REJECT Peru → Bolivia | reported 2023-06-20 (publication)"]],
  ["going back on to a bench is no rejection", "He said he would never go back on to the front bench.", []],
  ["walking away from a podium is no rejection", "The minister walked away from the podium.", []],
  ["the speaker of 'off the table' rejects", "Norway said new loans to Malawi are off the table.", ["REJECT Norway → Malawi | reported 2023-06-20 (publication)"]],
  ["the speaker of 'out of the question' rejects", "Chile said talks with Bolivia were out of the question.", ["CONSULT Chile → Bolivia | reported 2023-06-20 (publication)", "REJECT Chile → Bolivia | reported 2023-06-20 (publication)"]],
  ["'out of the question' with no speaker codes nothing", "Lunch at the embassy is out of the question.", []],
  ["pushing for an act is a demand", "Britain is pushing for Kenya to hold fresh elections.", ["REQUEST United Kingdom → Kenya | reported 2023-06-20 (publication)"]],
  ["lobbying for an act is a demand", "France lobbied for Ghana to join the council.", ["REQUEST France → Ghana | reported 2023-06-20 (publication)"]],
  ["a crowd pushing for the exits demands nothing", "Shoppers were pushing for the exits.", []],
  ["calling off a strike eases dissent", "Kenyan teachers called off a two-week strike on Monday.", ["CONCEDE Kenya | reported 2023-06-19 (relative)"]],
  ["postponing protests eases dissent", "Opposition parties in Togo postponed their planned protests.", ["CONCEDE Opposition parties → Togo | reported 2023-06-20 (publication) | in Togo"]],
  ["postponing talks until March stays a rejection", "Peru postponed the talks with Chile until March.", ["REJECT/meet Peru → Chile | reported 2023-06-20 (publication)"]],
  ["war games of two navies are joint", "Indian and French warships began war games in the Arabian Sea.", ["COOPERATE India + France | reported 2023-06-20 (publication)"]],
  ["naval exercises of two countries are joint", "Egypt and Greece held naval exercises off Crete.", ["COOPERATE Egypt + Greece | reported 2023-06-20 (publication)"]],
  ["one country's exercises mobilize", "Iran held military exercises near the Strait of Hormuz.", ["MOBILIZE/troops Iran | reported 2023-06-20 (publication)"]],
  ["sanctions that could come if … are a threat", "Norway could impose sanctions on Malawi if the vote is rigged.", ["THREATEN Norway → Malawi | hypothetical undated (unknown)"]],
  ["a cut announced with a condition is a threat", "Russia will cut gas supplies to Moldova if the debt is not paid.", ["THREATEN/restrict Russia → Moldova | future undated (unknown)"]],
  ["conditional aid stays a promise", "Japan will send aid to Haiti if asked.", ["AGREE Japan → Haiti | future undated (unknown)"]],
  ["an 'if' in a later clause sets no condition", "Ghana may impose sanctions on Togo, officials said, even if talks resume.", ["SANCTION/discontinue Ghana → Togo | hypothetical undated (unknown)"]],
  ["sanctions imposed are no threat", "Norway imposed sanctions on Malawi after the vote.", ["SANCTION/discontinue Norway → Malawi | reported 2023-06-20 (publication)"]],
  ["swearing to attack threatens", "Somali militants swore to attack Kenyan troops.", ["THREATEN/violence Somalia → Kenya | reported 2023-06-20 (publication)"]],
  ["an unnamed group sworn to attack threatens", "Rebels have sworn to attack the capital.", ["THREATEN/violence Rebels | reported 2023-06-20 (publication)"]],
  ["being sworn in is no threat", "The new president of Ghana was sworn in on Monday.", []],
  ["a warm welcome given is hosting: the guest acts", "Kenya gave a warm welcome to the Ethiopian prime minister on Monday.", ["CONSULT/visit Ethiopia → Kenya | reported 2023-06-19 (relative)"]],
  ["a red carpet rolled out is hosting", "India rolled out the red carpet for the Saudi crown prince.", ["CONSULT/visit Saudi Arabia → India | reported 2023-06-20 (publication)"]],
  ["a crowd's welcome for a band is no visit", "The crowd gave a warm welcome to the band.", []],
  ["deploying peacekeepers is peacekeeping aid", "Ghana deployed a battalion of peacekeepers in southern Lebanon.", ["AID Ghana → Lebanon | reported 2023-06-20 (publication) | in Lebanon"]],
  ["deployed as peacekeepers", "Kenya deployed 400 police officers as peacekeepers to Haiti.", ["AID Kenya | reported 2023-06-20 (publication)"]],
  ["deploying troops to a border mobilizes", "Russia deployed troops to the border with Ukraine.", ["MOBILIZE/troops Russia → Ukraine | reported 2023-06-20 (publication)"]],
  ["mobilizing pressure groups is no military mobilization", "Saudi Arabia has mobilized pressure groups in the United States to support the rights of Palestinians.", ["SUPPORT Saudi Arabia → Palestine | reported 2023-06-20 (publication) | in United States"]],
  ["mobilizing international support is no military mobilization", "Qatar mobilized international support for the people of Gaza.", ["SUPPORT Qatar | reported 2023-06-20 (publication)"]],
  ["mobilizing reservists is", "Armenia mobilized its reservists on Monday.", ["MOBILIZE Armenia | reported 2023-06-19 (relative)"]],
  ["evacuating the wounded is aid", "UN helicopters evacuated the wounded from the besieged town of Gorazde.", ["AID United Nations | reported 2023-06-20 (publication)"]],
  ["evacuating civilians is aid", "Turkish ships evacuated civilians from the port of Tripoli.", ["AID Türkiye | reported 2023-06-20 (publication)"]],
  ["evacuating a school is no aid", "The town evacuated the school after the fire.", []],
  ["restored ties are diplomatic support", "Morocco and Iran restored ties in 2016.", ["SUPPORT Morocco + Iran | reported 2016 (stated)"]],
  ["re-established relations too", "Chile re-established diplomatic relations with Bolivia on Monday.", ["SUPPORT Chile → Bolivia | reported 2023-06-19 (relative)"]],
  ["ties that are no relations restore nothing", "The team restored the old ties of the railway.", []],
  ["'about to' restore ties is an announced cooperation, AGREE", "Kenya is about to restore full diplomatic ties with Somalia.", ["AGREE Kenya → Somalia | future undated (unknown)"]],
  ["'about to' far before the trigger states no intent", "Talks about to collapse were rescued by Norway.", ["AID Norway | reported 2023-06-20 (publication)"]],
  ["meeting strikers' demands concedes", "Chile met the strikers' demands on Monday.", ["CONCEDE Chile | reported 2023-06-19 (relative)"]],
  ["meeting a country's conditions concedes", "Peru met Bolivia's conditions for a new trade route.", ["CONCEDE Peru → Bolivia | reported 2023-06-20 (publication)"]],
  ["refusing to meet demands rejects; the release they demand has not happened", "The U.S. said it would not meet the kidnappers' demands to release prisoners in Iraq.", ["REJECT United States | reported 2023-06-20 (publication) | in Iraq", "RETREAT/release United States → Iraq | hypothetical undated (unknown) | in Iraq"]],
  ["meeting a country to discuss demands is a meeting", "Peru met Bolivia to discuss demands for a new trade route.", ["CONSULT Peru → Bolivia | reported 2023-06-20 (publication)", "REQUEST Bolivia | reported 2023-06-20 (publication)"]],
  ["lifting a siege retreats, and the siege is no event of its own", "The Ethiopian army lifted a two-week siege of Mekele.", ["RETREAT/withdraw Ethiopia | reported 2023-06-20 (publication)"]],
  ["lifting sanctions retreats, words between", "Brazil lifted most of its sanctions on Venezuela.", ["RETREAT Brazil → Venezuela | reported 2023-06-20 (publication)"]],
  ["lifting a ban stays a concession", "Kenya lifted the ban on plastic bags.", ["CONCEDE Kenya | reported 2023-06-20 (publication)"]],
];

describe("events: type choice by form, object and condition", () => runTable(ROWS));

/** The event a sentence-level reading reports: the most confident, the earliest on ties. */
function mainType(text: string): string | undefined {
  const events = eventsOf(text);
  return [...events].sort(
    (a, b) => b.confidence - a.confidence || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  )[0]?.event_type;
}

describe("events: the main clause outweighs an adverbial clause after it", () => {
  test("', as …' after the main verb", () => {
    assert.equal(
      mainType("Serbia eased emergency measures on Monday, as police in Croatia cracked down on Serbian nationalists."),
      "CONCEDE",
    );
  });
  test("'while …' after the main verb", () => {
    assert.equal(
      mainType("Ghana recalled its ambassador from Togo while Benin condemned the raid on the embassy."),
      "SANCTION",
    );
  });
  test("a clause joined by 'and' keeps its weight", () => {
    assert.equal(
      mainType("Chile condemned the vote, and Peru recalled its ambassador from Bolivia on Monday."),
      "SANCTION",
    );
  });
});
