import type { BundleSpec } from "../fixtures.js";
import { KEYS } from "./keys.js";

/** C is undated, about Russia and Ukraine; D holds a China–US meeting where no side hosts and a year-only sanction. */
export const STORY_C: BundleSpec = {
  origin: "notes/c.txt",
  text:
    "Russian Foreign Minister Sergei Lavrov met Ukraine's envoy in Istanbul in 2022. " +
    "Lavrov later accused Kyiv of stalling the talks.",
  actors: [
    { id: "sergei-lavrov", aliases: ["Sergei Lavrov", "Lavrov"] },
    { id: "UKR", aliases: ["Ukraine", "Kyiv"] },
  ],
  events: [
    {
      key: KEYS.meet,
      type: "MEET",
      quad: "material_cooperation",
      score: 2,
      date: "2022",
      actors: ["sergei-lavrov"],
      recipients: ["UKR"],
      evidence: "Sergei Lavrov met Ukraine's envoy in Istanbul in 2022",
      location: { name: "Istanbul", country: "TUR", lat: 41.01, lon: 28.98 },
    },
    {
      key: KEYS.accuse,
      type: "ACCUSE",
      quad: "verbal_conflict",
      score: -2,
      date: null,
      actors: ["sergei-lavrov"],
      recipients: ["UKR"],
      evidence: "Lavrov later accused Kyiv of stalling the talks",
    },
  ],
};

export const STORY_D: BundleSpec = {
  origin: "wire/d.txt",
  title: "Geneva talks",
  published_at: "2023-07-02",
  text:
    "GENEVA, July 2 : Negotiators from China and the United States met in Geneva on July 1. " +
    "Earlier in 2023 the United States restricted chip exports to China.",
  actors: [
    { id: "CHN", aliases: ["China"] },
    { id: "USA", aliases: ["United States"] },
  ],
  events: [
    {
      key: KEYS.geneva,
      type: "MEET",
      quad: "verbal_cooperation",
      score: 1,
      date: "2023-07-01",
      actors: ["CHN", "USA"],
      evidence: "Negotiators from China and the United States met in Geneva on July 1",
    },
    {
      key: KEYS.sanction,
      type: "SANCTION",
      quad: "material_conflict",
      score: -6,
      date: "2023",
      actors: ["USA"],
      recipients: ["CHN"],
      evidence: "the United States restricted chip exports to China",
    },
  ],
};
