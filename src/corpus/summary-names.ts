import { getCountryDataList } from "countries-list";
import type { EventActor, EventLocation } from "../model/records.js";

const COUNTRY_NAMES = new Map(getCountryDataList().map((c) => [c.iso3, c.name]));

// "the United States", "the European Union", "the Ministry of Commerce", "the International Department of …"
// "the Asia Society", "the Brookings Institution": a body named by what it is
const TAKES_THE =
  /^(?:United|European|Ministry|Department|Office|Council|Commission|Committee|International|National|People's|Central|State|Communist|Foreign|Philippines|Netherlands)\b|\bof the\b|\b(?:Society|Institution|Institute|Foundation|Council|Fund|Agency)$/;
// "at the Great Hall of the People", "at the Diaoyutai State Guesthouse"
const FACILITY = /\b(?:Hall|House|Guesthouse|Palace|Building|Center|Centre|Hotel|Estate|Villa|Residence|Compound)\b/;

/** A name as it runs in a sentence: "the United States", "China", "Antony Blinken". */
export function inSentence(name: string, kind: EventActor["kind"] | "place" = "place"): string {
  if (kind === "person" || /^the\b/i.test(name)) return name;
  return TAKES_THE.test(name) ? `the ${name}` : name;
}

/** A participant: a person or body with its country code, a country by its name. */
export function who(a: EventActor): string {
  const name = inSentence(a.name, a.kind);
  if (a.kind === "country" || !a.country || a.country.length !== 3) return name;
  return `${name} (${a.country})`;
}

/** "A", "A and B", "A, B and C". */
export function list(actors: readonly EventActor[]): string {
  const names = actors.map(who);
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Where: "in Beijing", "in the United States", "at the Great Hall of the People". */
export function placePhrase(location: EventLocation): string {
  const name = location.name;
  if (FACILITY.test(name)) return `at ${/^the\b/i.test(name) ? name : `the ${name}`}`;
  return `in ${inSentence(name)}`;
}

/** The country's name for an ISO-3 code ("CHN" → "China"), or null. */
export function countryName(code: string | null): string | null {
  return code ? (COUNTRY_NAMES.get(code) ?? null) : null;
}
