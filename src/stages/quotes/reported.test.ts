import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { describeQuote, type Named, quotesOf } from "./expect-quotes.js";

type Row = [behaviour: string, text: string, named: Named[], expected: string[]];

const KISHIDA: Named = ["Fumio Kishida", "PERSON", "p:fumio-kishida"];
const LAVROV: Named = ["Sergei Lavrov", "PERSON", "p:sergey-lavrov"];
const WONG: Named = ["Penny Wong", "PERSON", "p:penny-wong"];

// biome-ignore format: one case per line reads as a table
const SAID_THAT: Row[] = [
  ["'said that' to the end of the sentence", "Fumio Kishida said that Japan would double its aid to the Pacific islands.", [KISHIDA, ["Japan", "GPE", "JPN"]], ['reported "Japan would double its aid to the Pacific islands" ← Fumio Kishida=p:fumio-kishida']],
  ["a setting between the verb and 'that'", "Sergei Lavrov said in a statement on Monday that Moscow saw no basis for new talks.", [LAVROV, ["Moscow", "GPE", "RUS"]], ['reported "Moscow saw no basis for new talks" ← Sergei Lavrov=p:sergey-lavrov']],
  ["an aside between the speaker and the verb", "Penny Wong, Australia's foreign minister, stressed that trade had to be free of coercion.", [WONG, ["Australia", "GPE", "AUS"]], ['reported "trade had to be free of coercion" ← Penny Wong=p:penny-wong']],
  ["a passive 'was told that' names no speaker's speech", "The ambassador was told that the border crossing would stay closed.", [], []],
];

// biome-ignore format: one case per line reads as a table
const SAID_BARE: Row[] = [
  ["'said' with the clause straight after it", "Fumio Kishida said the summit had strengthened ties with Seoul.", [KISHIDA, ["Seoul", "GPE", "KOR"]], ['reported "the summit had strengthened ties with Seoul" ← Fumio Kishida=p:fumio-kishida']],
  ["'urged' with its object and infinitive", "Sergei Lavrov urged Western capitals to stop arming Kyiv.", [LAVROV, ["Kyiv", "GPE", "UKR"]], ['reported "Western capitals to stop arming Kyiv" ← Sergei Lavrov=p:sergey-lavrov']],
  ["'noted' after an adverb", "Penny Wong also noted the progress made on consular cases.", [WONG], ['reported "the progress made on consular cases" ← Penny Wong=p:penny-wong']],
  ["'added' needs 'that' or a colon: adding firms to a list is no speech", "Washington added five Chinese firms to its export blacklist.", [["Washington", "GPE", "USA"]], []],
  ["a setting with no 'that' is where it was said, not what", "Fumio Kishida said in Hiroshima on Saturday.", [KISHIDA, ["Hiroshima", "GPE", null]], []],
];

// biome-ignore format: one case per line reads as a table
const TOLD: Row[] = [
  ["'told reporters that'", "Sergei Lavrov told reporters in Ankara that a grain deal was still possible.", [LAVROV, ["Ankara", "GPE", "TUR"]], ['reported "a grain deal was still possible" ← Sergei Lavrov=p:sergey-lavrov']],
  ["'told' a named person, without 'that'", "Penny Wong told Wang Yi the detention of an Australian writer remained a concern.", [WONG, ["Wang Yi", "PERSON", "p:wang-yi"], ["Australian", "NORP", "AUS"]], ['reported "the detention of an Australian writer remained a concern" ← Penny Wong=p:penny-wong']],
  ["'told' after a direct quote adds nothing of its own", '"We came to listen," Sergei Lavrov told the agency in an interview.', [LAVROV], ['direct "We came to listen," ← Sergei Lavrov=p:sergey-lavrov']],
];

// biome-ignore format: one case per line reads as a table
const INSIDE_QUOTES: Row[] = [
  ["'told … that' inside a direct quote ends with the quote", '"We told them that we would not bend on sovereignty," Sergei Lavrov said.', [LAVROV], ['direct "We told them that we would not bend on sovereignty," ← Sergei Lavrov=p:sergey-lavrov', 'reported "we would not bend on sovereignty" ← nobody']],
  ["'assured us that' inside a direct quote", '"Beijing assured us that the barley tariffs would be reviewed quickly," Penny Wong told reporters.', [["Beijing", "GPE", "CHN"], WONG], ['direct "Beijing assured us that the barley tariffs would be reviewed quickly," ← Penny Wong=p:penny-wong', 'reported "the barley tariffs would be reviewed quickly" ← Beijing=CHN']],
  ["a clause that only holds a quotation runs on past it", 'Fumio Kishida said the summit had been "frank, candid and useful" for both sides.', [KISHIDA], ['reported "the summit had been "frank, candid and useful" for both sides" ← Fumio Kishida=p:fumio-kishida', 'direct "frank, candid and useful" ← Fumio Kishida=p:fumio-kishida']],
];

// biome-ignore format: one case per line reads as a table
const POSTED: Row[] = [
  ["'wrote on Twitter:' without quotation marks", "Penny Wong wrote on Twitter: Productive meeting with my Indonesian counterpart in Jakarta today.", [WONG, ["Indonesian", "NORP", "IDN"], ["Jakarta", "GPE", "IDN"]], ['reported "Productive meeting with my Indonesian counterpart in Jakarta today" ← Penny Wong=p:penny-wong']],
  ["'tweeted:'", "Fumio Kishida tweeted: Japan stands with the people of Turkey after the earthquake.", [KISHIDA, ["Japan", "GPE", "JPN"], ["Turkey", "GPE", "TUR"]], ['reported "Japan stands with the people of Turkey after the earthquake" ← Fumio Kishida=p:fumio-kishida']],
  ["a colon before a quotation is a direct quote only", 'Sergei Lavrov wrote on Telegram: "The West has chosen escalation."', [LAVROV], ['direct "The West has chosen escalation." ← Sergei Lavrov=p:sergey-lavrov']],
];

// biome-ignore format: one case per line reads as a table
const ACCORDING_TO: Row[] = [
  ["'According to X,' before the clause", "According to the Kremlin, the two presidents spoke for more than an hour.", [["Kremlin", "GPE", "RUS"]], ['reported "the two presidents spoke for more than an hour" ← Kremlin=RUS']],
  ["', according to X' after the clause", "The talks will resume in Geneva next month, according to Penny Wong.", [["Geneva", "GPE", null], WONG], ['reported "The talks will resume in Geneva next month" ← Penny Wong=p:penny-wong']],
  ["a source named inside a longer phrase", "Tokyo lodged a formal protest, according to a statement from Japan's Foreign Ministry.", [["Tokyo", "GPE", "JPN"], ["Japan's Foreign Ministry", "ORG", "o:jpn-mfa"]], ['reported "Tokyo lodged a formal protest" ← Japan\'s Foreign Ministry=o:jpn-mfa']],
  ["'according to' a plan is no source", "The handover went ahead according to the schedule agreed in May.", [], []],
];

// biome-ignore format: one case per line reads as a table
const SPEAKER_AFTER: Row[] = [
  ["', X said.' at the end of the sentence", "The door to dialogue remains open, Sergei Lavrov said.", [LAVROV], ['reported "The door to dialogue remains open" ← Sergei Lavrov=p:sergey-lavrov']],
  ["', said X.' with the name after the verb", "Canberra will not be pressured into silence, said Penny Wong.", [["Canberra", "GPE", "AUS"], WONG], ['reported "Canberra will not be pressured into silence" ← Penny Wong=p:penny-wong']],
  ["the comma of an aside is not the end of a clause", "Fumio Kishida, the prime minister, said little.", [KISHIDA], []],
  ["a quotation before the comma is a direct quote only", '"We will not back down," Sergei Lavrov said.', [LAVROV], ['direct "We will not back down," ← Sergei Lavrov=p:sergey-lavrov']],
];

// biome-ignore format: one case per line reads as a table
const SPEAKERS: Row[] = [
  ["a pronoun speaker is the person in focus", "Penny Wong arrived in Beijing on Tuesday. She said that consular access had improved.", [WONG, ["Beijing", "GPE", "CHN"]], ['reported "consular access had improved" ← Penny Wong=p:penny-wong']],
  ["a pronoun speaker of a direct quote", 'Fumio Kishida met G7 envoys in Tokyo. "Nuclear threats are unacceptable," he said.', [KISHIDA, ["G7", "ORG", "o:g7"], ["Tokyo", "GPE", "JPN"]], ['direct "Nuclear threats are unacceptable," ← Fumio Kishida=p:fumio-kishida']],
  ["an organisation's statement", "NATO said in a statement that the alliance would reinforce its eastern flank.", [["NATO", "ORG", "o:nato"]], ['reported "the alliance would reinforce its eastern flank" ← NATO=o:nato']],
  ["'the ministry' after the ministry was named", "Japan's Foreign Ministry summoned the Russian envoy. The ministry said the exercises violated Japanese airspace.", [["Japan's Foreign Ministry", "ORG", "o:jpn-mfa"], ["Russian", "NORP", "RUS"], ["Japanese", "NORP", "JPN"]], ['reported "the exercises violated Japanese airspace" ← Japan\'s Foreign Ministry=o:jpn-mfa']],
  ["'the ministry' never named is a body without an actor", "The ministry said in a statement that the exercises would continue.", [], ['reported "the exercises would continue" ← The ministry=null']],
  ["a place inside the subject's phrase is not the speaker", "The embassy in Canberra said that visa rules for students would be eased.", [["Canberra", "GPE", "AUS"]], ['reported "visa rules for students would be eased" ← The embassy=null']],
  ["a spokesman nobody named speaks as himself, without an actor", '"The visa backlog has been cleared," said the spokesman. The spokesman added that the consulate would reopen on Monday.', [], ['direct "The visa backlog has been cleared," ← the spokesman=null', 'reported "the consulate would reopen on Monday" ← The spokesman=null']],
  ["a pronoun with nobody named before it has no speaker", "He said the exercises would continue until Friday.", [], ['reported "the exercises would continue until Friday" ← nobody']],
  ["people without a name have no speaker", "Officials said the exercises would continue until Friday.", [], ['reported "the exercises would continue until Friday" ← nobody']],
];

describe("quotes: reported speech", () => {
  const tables: [string, Row[]][] = [
    ["'said that' and settings", SAID_THAT],
    ["a clause straight after the verb", SAID_BARE],
    ["'told' and its addressee", TOLD],
    ["reported speech inside a direct quote", INSIDE_QUOTES],
    ["posts with a colon", POSTED],
    ["'according to'", ACCORDING_TO],
    ["the speaker named after the clause", SPEAKER_AFTER],
    ["speakers through coreference", SPEAKERS],
  ];
  for (const [name, rows] of tables) {
    describe(name, () => {
      for (const [behaviour, text, named, expected] of rows) {
        test(behaviour, () => assert.deepEqual(quotesOf(text, named).map(describeQuote), expected));
      }
    });
  }

  test("a reported clause has its rule and exact offsets", () => {
    const text = "Sergei Lavrov said that Moscow was ready.";
    const [q] = quotesOf(text, [LAVROV]);
    assert.deepEqual(q && { start: q.start, end: q.end, rule: q.rule }, {
      start: 24,
      end: 40,
      rule: "quotes.reported.said-that",
    });
  });
});
