import type { EventActor, EventRecord } from "../model/records.js";
import { countryName, inSentence, list, placePhrase } from "./summary-names.js";

/** The verb phrase of an event type and mode before its recipient, for one readable line. */
const PHRASES: Record<string, string> = {
  "CONSULT/phone": "spoke by phone with",
  "CONSULT/video": "held a video call with",
  "CONSULT/visit": "visited",
  "CONSULT/multilateral": "met with",
  CONSULT: "held talks with",
  // PLOVER AGREE is a stated commitment to cooperate (a promise, an offer, an agreement to act),
  // not a signed agreement (SUPPORT): "reached agreement" read more into it than the coding holds.
  "AGREE#036": "agreed to meet",
  AGREE: "made a commitment to",
  SUPPORT: "expressed support for",
  CONCEDE: "made a concession to",
  COOPERATE: "cooperated with",
  AID: "gave aid to",
  RETREAT: "withdrew from",
  REQUEST: "made a request to",
  ACCUSE: "criticised",
  "REJECT/meet": "called off or refused a meeting with",
  REJECT: "rejected",
  // a threat with no action named (CAMEO 130, "warned X not to …") reads as the warning it is
  "THREATEN#130": "warned",
  THREATEN: "threatened",
  PROTEST: "protested against",
  SANCTION: "imposed sanctions on",
  MOBILIZE: "mobilised against",
  COERCE: "used coercion against",
  ASSAULT: "used force against",
};

/** The phrase when no recipient is named: "China and Japan made a commitment". */
const ALONE: Record<string, string> = {
  "CONSULT/phone": "spoke by phone",
  "CONSULT/video": "held a video call",
  "CONSULT/visit": "made a visit",
  CONSULT: "held talks",
  "AGREE#036": "agreed to meet",
  AGREE: "made a commitment",
  SUPPORT: "expressed support",
  CONCEDE: "made a concession",
  COOPERATE: "cooperated",
  AID: "gave aid",
  RETREAT: "withdrew",
  REQUEST: "made a request",
  ACCUSE: "made an accusation",
  REJECT: "rejected a proposal",
  "THREATEN#130": "issued a warning",
  THREATEN: "made a threat",
  PROTEST: "protested",
  SANCTION: "imposed sanctions",
  MOBILIZE: "mobilised",
  COERCE: "used coercion",
  ASSAULT: "used force",
};

const STATUS_PREFIX: Record<string, string> = {
  future: "planned: ",
  hypothetical: "possible: ",
  negated: "did not happen: ",
};

/**
 * PLOVER's `phone` mode holds every remote exchange; a reader is told a video call when the reports
 * say video and none says phone.
 */
function remoteMode(e: EventRecord): string | null {
  if (e.event_type !== "CONSULT" || e.mode !== "phone") return e.mode;
  const said = (re: RegExp) => e.mentions.some((m) => re.test(m.text));
  return said(VIDEO) && !said(PHONE) ? "video" : e.mode;
}
const VIDEO = /\b(?:video|virtual|videoconferenc\w*|teleconferenc\w*)\b/i;
const PHONE = /\b(?:phone|telephone|phoned|telephoned)\b/i;

const pick = (table: Record<string, string>, e: EventRecord) =>
  table[`${e.event_type}/${remoteMode(e)}`] ?? table[`${e.event_type}#${e.cameo}`] ?? table[e.event_type];

/**
 * A visit names where, then whom: "visited Beijing, China", "visited Shanghai and met Chen Jining
 * (CHN)", "visited the United States and met Joe Biden (USA)" (the hosts' country when no place).
 */
function visitLine(e: EventRecord, actors: string): string | null {
  if (e.mode !== "visit" || e.recipients.length === 0) return null;
  // "visited the Asia Society in New York": a body is the place visited, people are met
  if (e.recipients.some((r) => r.kind === "organization" || r.kind === "group")) return null;
  const hosts: EventActor[] = e.recipients.filter((r) => r.kind === "person");
  const countries: EventActor[] = e.recipients.filter((r) => r.kind === "country");
  const hostCountries = new Set(hosts.map((h) => h.country));
  const place =
    e.location?.name ??
    (countries.length === 0 && hostCountries.size === 1 ? countryName([...hostCountries][0] ?? null) : null);
  const met = hosts.length > 0 ? ` and met ${list(hosts)}` : "";
  if (!place) return countries.length > 0 ? `${actors} visited ${list(countries)}${met}` : null;
  const named = countries.filter((c) => c.name !== place);
  return `${actors} visited ${inSentence(place)}${named.length > 0 ? `, ${list(named)}` : ""}${met}`;
}

/**
 * One line for a timeline, generated from the event's coding, never copied from an article:
 * "Wang Yi (CHN) held talks with Antony Blinken (USA) in Washington".
 */
export function summarize(event: EventRecord): string {
  const actors = list(event.actors);
  const recipients = list(event.recipients);
  let line = visitLine(event, actors);
  if (!line && recipients) line = `${actors} ${pick(PHRASES, event) ?? event.event_type.toLowerCase()} ${recipients}`;
  else if (!line) {
    // two sides "on a visit" with no host named saw each other: "Blinken and Liu met"
    const alone = event.mode === "visit" && event.actors.length > 1 ? "met" : pick(ALONE, event);
    line = alone
      ? `${actors} ${alone}`
      : `${actors}: ${event.event_type.toLowerCase()}${event.mode ? ` (${event.mode})` : ""}`;
  }
  if (event.location?.name && !line.includes(event.location.name)) line += ` ${placePhrase(event.location)}`;
  return `${STATUS_PREFIX[event.status] ?? ""}${line.charAt(0).toUpperCase()}${line.slice(1)}`;
}
