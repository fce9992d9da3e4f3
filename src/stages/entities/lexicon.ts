import { readFileSync } from "node:fs";

interface TitleFile {
  titles: { sector: string; forms: string[] }[];
  modifiers: string[];
}

export interface TitleLexicon {
  /** Lower-case token key (`secretary of state`) → PLOVER sector. */
  forms: Map<string, string>;
  maxTokens: number;
  modifiers: Set<string>;
  /** The first word of every form, so most tokens are ruled out with one look-up. */
  firstWords: Set<string>;
}

let cached: TitleLexicon | null = null;

/** Titles from data/lexicon/titles.json, keyed as the tokenizer splits them. */
export function loadTitles(): TitleLexicon {
  if (cached) return cached;
  const file = JSON.parse(
    readFileSync(new URL("../../../data/lexicon/titles.json", import.meta.url), "utf8"),
  ) as TitleFile;
  const forms = new Map<string, string>();
  let maxTokens = 1;
  for (const group of file.titles) {
    for (const form of group.forms) {
      const key = form.replace(/\.$/, "").split(/\s+/).join(" ");
      // "Director-General" is split at its hyphen by the tokenizer; "director-general" is not.
      for (const k of [key, key.replace(/-/g, " - ")]) {
        if (!forms.has(k)) forms.set(k, group.sector);
        maxTokens = Math.max(maxTokens, k.split(" ").length);
      }
    }
  }
  const firstWords = new Set([...forms.keys()].map((k) => (k.split(" ")[0] ?? "").replace(/\.$/, "")));
  cached = { forms, maxTokens, modifiers: new Set(file.modifiers), firstWords };
  return cached;
}

/** Capitalised words that are never part of a person's name. */
export const NOT_NAME = new Set([
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "The",
  "A",
  "An",
  "In",
  "On",
  "At",
  "But",
  "And",
  "He",
  "She",
  "It",
  "They",
  "We",
  "I",
  "This",
  "That",
  "These",
  "Those",
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "As",
  "After",
  "Before",
  "While",
  "When",
  "Meanwhile",
  "According",
  "Also",
  "His",
  "Her",
  "Their",
  "Its",
  "Our",
  "Earlier",
  "Later",
  "Last",
  "Next",
  "Both",
  // Groups named at the head of a sentence: "Officials said", "Analysts told Reuters".
  "Officials",
  "Analysts",
  "Diplomats",
  "Experts",
  "Critics",
  "Observers",
  "Sources",
  "Reporters",
  "Witnesses",
  "Residents",
  "Protesters",
  "Lawmakers",
  "Authorities",
  "Negotiators",
  "Secretary",
  "General",
  "Minister",
  "President",
  "Ambassador",
  "Premier",
  "Director",
  "Office",
  "Commission",
  "Committee",
  "Department",
  "Ministry",
  "Party",
  "State",
  "Foreign",
  "Affairs",
  "Central",
  "National",
  "Council",
  "Government",
  "Exclusive",
  "Updated",
  "Read",
  "More",
  "Cover",
  "Search",
  "Trends",
  "Track",
  "Cold",
  "War",
  "Spy",
  "Balloons",
  "Balloon",
  "News",
  "Point",
  "Agency",
  "Daily",
  "Times",
]);

/** Verbs of saying that mark the capitalised words before them as a speaker (`Chen said`). */
export const SPEECH_VERBS = new Set([
  "said",
  "says",
  "told",
  "tells",
  "added",
  "noted",
  "stressed",
  "wrote",
  "tweeted",
  "urged",
  "warned",
  "argued",
  "stated",
  "declared",
  "announced",
  "explained",
  "insisted",
  "emphasized",
  "emphasised",
  "pointed",
  "remarked",
]);
