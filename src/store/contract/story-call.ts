import type { BundleSpec } from "../fixtures.js";
import { KEYS } from "./keys.js";

/** A and B report the same Qin–Blinken phone call; B dates it less precisely and misspells "Qing Gang". */
const qin = { id: "qin-gang", aliases: ["Qin Gang", "Qin", "Qing Gang"] };
const blinken = { id: "antony-blinken", aliases: ["Antony Blinken", "Blinken"] };

export const STORY_A: BundleSpec = {
  origin: "wire/a.txt",
  title: "Qin and Blinken speak by phone",
  published_at: "2023-06-19",
  text:
    "BEIJING, June 19 (Wire) : Chinese Foreign Minister Qin Gang spoke by phone with US Secretary of State " +
    "Antony Blinken on Sunday. Qin urged Washington to stop interfering in China's internal affairs. " +
    "Blinken said the two sides would keep channels of communication open.",
  actors: [
    {
      ...qin,
      roles: [
        {
          title: "Foreign Minister",
          organization: "Ministry of Foreign Affairs",
          evidence: "Foreign Minister Qin Gang",
        },
      ],
    },
    blinken,
    { id: "USA", aliases: ["Washington"] },
    { id: "CHN", aliases: ["China"] },
  ],
  events: [
    {
      key: KEYS.call,
      type: "CONSULT",
      quad: "verbal_cooperation",
      score: 1.5,
      date: "2023-06-18",
      basis: "relative",
      actors: ["qin-gang"],
      recipients: ["antony-blinken"],
      mode: "phone",
      confidence: 0.7,
      evidence: "Qin Gang spoke by phone with US Secretary of State Antony Blinken on Sunday",
    },
    {
      key: KEYS.demand,
      type: "DEMAND",
      quad: "verbal_conflict",
      score: -3,
      date: "2023-06-18",
      basis: "relative",
      actors: ["qin-gang"],
      recipients: ["USA"],
      evidence: "Qin urged Washington to stop interfering",
    },
  ],
  messages: [
    { stage: "dates", rule: "weekday-before-publication", reason: "Sunday read as 2023-06-18", start: 120, end: 126 },
  ],
};

export const STORY_B: BundleSpec = {
  origin: "wire/b.txt",
  title: "Blinken, Qing Gang hold call",
  source: "Daily Example",
  published_at: "2023-06-20",
  text:
    "WASHINGTON (Daily Example) - Antony Blinken and Qing Gang held a phone call in June, the State Department said. " +
    "Foreign Minister Qing Gang warned the United States against provocations over Taiwan.",
  actors: [
    {
      ...qin,
      roles: [
        {
          title: "Foreign Minister",
          organization: "Ministry of Foreign Affairs",
          evidence: "Foreign Minister Qing Gang",
        },
      ],
    },
    blinken,
    { id: "USA", aliases: ["United States"] },
  ],
  events: [
    {
      key: KEYS.call,
      type: "CONSULT",
      quad: "verbal_cooperation",
      score: 1.5,
      date: "2023-06",
      actors: ["qin-gang"],
      recipients: ["antony-blinken"],
      mode: "phone",
      confidence: 0.9,
      context: ["diplomatic"],
      evidence: "Antony Blinken and Qing Gang held a phone call in June",
    },
    {
      key: KEYS.warn,
      type: "THREATEN",
      quad: "verbal_conflict",
      score: -4,
      date: "2023-06",
      actors: ["qin-gang"],
      recipients: ["USA"],
      evidence: "Qing Gang warned the United States against provocations",
    },
  ],
};
