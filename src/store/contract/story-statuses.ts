import type { BundleSpec } from "../fixtures.js";

/**
 * E, an invented wire of 20 June 2023: one China–US act that happened (a protest), one only planned
 * (tariffs), and a Blinken–Qin meeting the report denies took place.
 */
export const STORY_E: BundleSpec = {
  origin: "wire/e.txt",
  title: "Tariff plans",
  published_at: "2023-06-20",
  text:
    "WASHINGTON, June 20 : China protested to the United States on Tuesday over export rules. " +
    "The United States will impose new tariffs on China next month, officials said. " +
    "Antony Blinken did not meet Qin Gang during the visit, his spokesman said.",
  actors: [
    { id: "CHN", aliases: ["China"] },
    { id: "USA", aliases: ["United States"] },
    { id: "antony-blinken", aliases: ["Antony Blinken"] },
    { id: "qin-gang", aliases: ["Qin Gang"] },
  ],
  events: [
    {
      key: "accuse|CHN|USA|2023-06-20",
      type: "ACCUSE",
      quad: "verbal_conflict",
      score: -2,
      date: "2023-06-20",
      actors: ["CHN"],
      recipients: ["USA"],
      evidence: "China protested to the United States on Tuesday",
    },
    {
      key: "sanction|USA|CHN|2023-06-20",
      type: "SANCTION",
      quad: "material_conflict",
      score: -5,
      date: "2023-06-20",
      status: "future",
      actors: ["USA"],
      recipients: ["CHN"],
      evidence: "The United States will impose new tariffs on China",
    },
    {
      key: "meet|antony-blinken|qin-gang|2023-06-20",
      type: "MEET",
      quad: "verbal_cooperation",
      score: 3,
      date: "2023-06-20",
      status: "negated",
      actors: ["antony-blinken"],
      recipients: ["qin-gang"],
      evidence: "Antony Blinken did not meet Qin Gang",
    },
  ],
};
