import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Invented sentences.

// biome-ignore format: one case per line reads as a table
const REDUCED_RELATIVE: Row[] = [
  ["the partner and place of an earlier deal are not the agreement's", "France agreed to follow through on the commitments he and President Xi Jinping made in Beijing.", ["AGREE France | reported 2023-06-20 (publication)"]],
  ["a welcome of terms negotiated elsewhere", "Kenya welcomed the ceasefire terms they negotiated with Somalia in Nairobi.", ["SUPPORT Kenya | reported 2023-06-20 (publication)", "CONSULT Kenya → Somalia | reported 2023-06-20 (publication)"]],
  ["'until they …' goes on with the same subject", "Kenya vowed to keep negotiating until they reach a deal with Somalia.", ["AGREE Kenya → Somalia | reported 2023-06-20 (publication)", "SUPPORT Kenya → Somalia | reported undated (unknown)"]],
];

// biome-ignore format: one case per line reads as a table
const METONYMY: Row[] = [
  ["a capital that 'considers' is a government, not where the warning was made", "Dong Jun warned the United States not to meddle in what Beijing calls an internal matter.", ["THREATEN Dong Jun → United States | reported 2023-06-20 (publication)"]],
  ["so is a capital that 'regards'", "Sergei Lavrov warned the United States not to interfere in what Moscow regards as its own backyard.", ["THREATEN Sergey Lavrov → United States | reported 2023-06-20 (publication)"]],
  ["a place phrase with an adjective still places the event", "Wang Yi held talks with Sergei Lavrov in central Moscow.", ["CONSULT Wang Yi → Sergey Lavrov | reported 2023-06-20 (publication) | in Moscow"]],
];

// biome-ignore format: one case per line reads as a table
const MOURNED: Row[] = [
  ["condolences on a death are not addressed to the dead", "Joe Biden offered his condolences on the death of former Chinese premier Li Keqiang.", ["AGREE Joe Biden | reported 2023-06-20 (publication)"]],
  ["nor is sympathy on a passing", "Narendra Modi offered his sympathy on the passing of Shinzo Abe.", ["AGREE Narendra Modi | reported 2023-06-20 (publication)"]],
  ["the holder of another noun still receives", "Emmanuel Macron offered his support to the government of Olaf Scholz.", ["AGREE Emmanuel Macron → Olaf Scholz | reported 2023-06-20 (publication)"]],
];

// biome-ignore format: one case per line reads as a table
const TOPICS: Row[] = [
  ["what is discussed is a topic; the partner comes after 'with'", "Sergei Lavrov discussed Syria with Wang Yi.", ["CONSULT Sergey Lavrov → Wang Yi | reported 2023-06-20 (publication)"]],
  ["a country owning the topic is no partner either", "Emmanuel Macron discussed Iran's nuclear programme with Olaf Scholz.", ["CONSULT Emmanuel Macron → Olaf Scholz | reported 2023-06-20 (publication)"]],
  ["a met object is still the partner", "Fumio Kishida met Yoon Suk Yeol in Seoul.", ["CONSULT Fumio Kishida → Yoon Suk Yeol | reported 2023-06-20 (publication) | in Seoul"]],
  ["acts listed among the topics are topics, not events", "Olaf Scholz and Emmanuel Macron discussed Ukraine, energy prices and the missile strikes on Kyiv.", ["CONSULT Olaf Scholz + Emmanuel Macron | reported 2023-06-20 (publication)"]],
  ["however the list goes on", "Lavrov and Wang Yi discussed Syria, North Korea and Iran, including the seizure of a tanker in the Gulf.", ["CONSULT Sergey Lavrov + Wang Yi | reported 2023-06-20 (publication)"]],
  ["a plural that could be a verb is a noun after 'including'", "Antony Blinken and Wang Yi discussed Taiwan and the Middle East, including attacks on shipping in the Red Sea.", ["CONSULT Antony Blinken + Wang Yi | reported 2023-06-20 (publication)"]],
  ["an act after a semicolon is no topic", "Olaf Scholz discussed Ukraine with Emmanuel Macron; Russia launched missile strikes on Kyiv.", ["CONSULT Olaf Scholz → Emmanuel Macron | reported 2023-06-20 (publication)", "ASSAULT/heavy-weapons Russia → Ukraine | reported 2023-06-20 (publication)"]],
];

describe("events: names in the trigger's object that are not its participants", () => {
  runTable(REDUCED_RELATIVE);
  runTable(METONYMY);
  runTable(MOURNED);
  runTable(TOPICS);
});

// biome-ignore format: one case per line reads as a table
const BACKGROUND: Row[] = [
  ["an act in an 'after' aside is background: its own date or none, never the article's", "China broke off military talks in August 2022 after a visit to Taiwan by Nancy Pelosi.", ["CONSULT China → Taiwan | reported 2022-08 (stated)", "CONSULT/visit China → Taiwan | reported undated (unknown)"]],
  ["an act in a fronted 'Before' phrase likewise", "Before Olaf Scholz visited Beijing, he met Emmanuel Macron in Paris.", ["CONSULT/visit Olaf Scholz → China | reported undated (unknown) | in Beijing", "CONSULT Olaf Scholz → Emmanuel Macron | reported 2023-06-20 (publication) | in Paris"]],
  ["the main act keeps the publication day", "Fumio Kishida met Yoon Suk Yeol in Seoul.", ["CONSULT Fumio Kishida → Yoon Suk Yeol | reported 2023-06-20 (publication) | in Seoul"]],
];

describe("events: a background act is not dated by the article", () => runTable(BACKGROUND));
