import { describe } from "node:test";
import { type Row, runTable } from "./expect-entities.js";

// biome-ignore format: one case per line reads as a table
const POSSESSIVES: Row[] = [
  ["a possessive country is the country, without its 's", "China's foreign ministry summoned the Japanese ambassador.", [["GPE", "China", "CHN"], ["NORP", "Japanese", "JPN"]]],
  ["a curly possessive too", "Russia’s envoy walked out of the session in Vienna.", [["GPE", "Russia", "RUS"], ["GPE", "Vienna", null]]],
  ["a possessive country at the head of a title phrase", "India's external affairs minister arrived in Moscow.", [["GPE", "India", "IND"], ["GPE", "Moscow", "RUS"]]],
  ["a possessive common noun is no entity", "The ministry's statement was brief.", []],
];

// biome-ignore format: one case per line reads as a table
const DEMONYMS: Row[] = [
  ["a demonym is a NORP of its country", "Chinese and Australian officials met in Canberra.", [["NORP", "Chinese", "CHN"], ["NORP", "Australian", "AUS"], ["GPE", "Canberra", "AUS"]]],
  ["a two-word demonym is one NORP", "South Korean diplomats protested the decision.", [["NORP", "South Korean", "KOR"]]],
  ["lower-case words that spell a country or a people are no entity", "The summit dinner featured french cheeses and roast turkey.", []],
];

// biome-ignore format: one case per line reads as a table
const PAIRS: Row[] = [
  ["a hyphenated pair is two countries", "China-US ties have cooled since the balloon incident.", [["GPE", "China", "CHN"], ["GPE", "US", "USA"]]],
  ["a combining prefix names its country", "Sino-US trade talks resumed in Geneva.", [["GPE", "Sino", "CHN"], ["GPE", "US", "USA"], ["GPE", "Geneva", null]]],
  ["a prefix joined to a demonym", "Russo-Ukrainian relations have not recovered.", [["GPE", "Russo", "RUS"], ["NORP", "Ukrainian", "UKR"]]],
  ["a pair of multi-word names", "Japan-South Korea relations thawed last year.", [["GPE", "Japan", "JPN"], ["GPE", "South Korea", "KOR"]]],
  ["a dotted abbreviation before a hyphen", "U.S.-China relations soured after the visit.", [["GPE", "U.S.", "USA"], ["GPE", "China", "CHN"]]],
  ["a prefix with no hyphen after it is no country", "Sino Land, a Hong Kong developer, reported higher profits.", [["GPE", "Hong Kong", "HKG"]]],
];

// biome-ignore format: one case per line reads as a table
const SHOUTED: Row[] = [
  ["an all-caps dateline is the city it names", "BEIJING (Reuters) - China protested on Monday.", [["GPE", "BEIJING", "CHN"], ["ORG", "Reuters", "o:reuters"], ["GPE", "China", "CHN"]]],
  ["an all-caps two-word dateline, short word included", "NEW DELHI, June 20 - India hosted the talks.", [["GPE", "NEW DELHI", "IND"], ["GPE", "India", "IND"]]],
  ["an all-caps dateline before a metonym", "MOSCOW – The Kremlin said the talks had stalled.", [["GPE", "MOSCOW", "RUS"], ["GPE", "Kremlin", "RUS"]]],
  ["an all-caps three-word name, read title-cased", "Talks resumed in the UNITED ARAB EMIRATES on Friday.", [["GPE", "UNITED ARAB EMIRATES", "ARE"]]],
  ["the longest name wins over the shorter one it starts with", "The People's Republic of China protested.", [["GPE", "People's Republic of China", "CHN"]]],
  ["all-caps words that name nothing stay nothing", "UPDATE 2-Ministers resume talks", []],
  ["a clipped abbreviation leaves no lone letter", "Officials from the U.S and Japan met.", [["GPE", "Japan", "JPN"]]],
];

// biome-ignore format: one case per line reads as a table
const SHORT_FORMS: Row[] = [
  ["a short form names its country", "Bosnia and Croatia signed a border treaty.", [["GPE", "Bosnia", "BIH"], ["GPE", "Croatia", "HRV"]]],
  ["capitals stand for their governments", "Baghdad rejected the demand from Beirut.", [["GPE", "Baghdad", "IRQ"], ["GPE", "Beirut", "LBN"]]],
  ["demonyms of less reported countries", "Macedonian police detained two Burundian nationals in Skopje.", [["NORP", "Macedonian", "MKD"], ["NORP", "Burundian", "BDI"], ["GPE", "Skopje", "MKD"]]],
  ["a lower-case dish spelled like a country is no entity", "The chef served a fruit macedonia with cream.", []],
];

// biome-ignore format: one case per line reads as a table
const MISSPELT: Row[] = [
  ["a long country name with a letter dropped", "Ethopia has agreed to reopen its borders.", [["GPE", "Ethopia", "ETH"]]],
  ["a country name with two letters swapped", "Under the plan, Isreal will evacuate the settlements.", [["GPE", "Isreal", "ISR"]]],
  ["a misspelt demonym", "Kenyans and Isreali tourists crossed the border.", [["NORP", "Kenyans", "KEN"], ["NORP", "Isreali", "ISR"]]],
  ["a short name one letter off is another name", "Roland met the press in Jordon.", []],
  ["a word beside another capitalised word belongs to a longer name", "Georgio Armani opened a shop.", []],
  ["the same slip read twice in one story", "Afganistan voted. The envoy said Afganistan would abstain.", [["GPE", "Afganistan", "AFG"], ["GPE", "Afganistan", "AFG"]]],
  ["a slip read once is still no country beside a capitalised word", "Ethopia agreed. Ethopia Airways flew.", [["GPE", "Ethopia", "ETH"]]],
  ["swapped letters in a short demonym", "The Inidan ships docked.", [["NORP", "Inidan", "IND"]]],
];

// biome-ignore format: one case per line reads as a table
const LED_BY: Row[] = [
  ["a demonym leading forces names its country", "Vietnamese-led forces have retaken a village.", [["NORP", "Vietnamese", "VNM"]]],
  ["a coalition led by a country", "Saudi-led coalition jets struck Sanaa.", [["NORP", "Saudi", "SAU"]]],
  ["forces a country backs are not its own", "US-backed fighters seized the town.", []],
];

describe("entities: countries, their people and their pairs", () => {
  describe("forces led by a country", () => runTable(LED_BY));
  describe("misspelt country names", () => runTable(MISSPELT));
  describe("short forms, capitals and demonyms", () => runTable(SHORT_FORMS));
  describe("possessives", () => runTable(POSSESSIVES));
  describe("demonyms", () => runTable(DEMONYMS));
  describe("joined pairs", () => runTable(PAIRS));
  describe("all-caps", () => runTable(SHOUTED));
});
