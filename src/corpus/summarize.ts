import type { EventActor, EventRecord } from "../model/records.js";

/** The verb phrase of an event type and mode, for one readable line. */
const PHRASES: Record<string, string> = {
  "CONSULT/phone": "spoke by phone with",
  "CONSULT/visit": "visited",
  "CONSULT/multilateral": "met with",
  CONSULT: "held talks with",
  AGREE: "reached agreement with",
  SUPPORT: "expressed support for",
  CONCEDE: "made a concession to",
  COOPERATE: "cooperated with",
  AID: "gave aid to",
  RETREAT: "withdrew from",
  REQUEST: "made a request to",
  ACCUSE: "criticised",
  REJECT: "rejected",
  THREATEN: "threatened",
  PROTEST: "protested against",
  SANCTION: "imposed sanctions on",
  MOBILIZE: "mobilised against",
  COERCE: "used coercion against",
  ASSAULT: "used force against",
};

const STATUS_PREFIX: Record<string, string> = {
  future: "planned: ",
  hypothetical: "possible: ",
  negated: "did not happen: ",
};

function who(a: EventActor): string {
  if (a.kind === "country" || !a.country || a.country.length !== 3) return a.name;
  return `${a.name} (${a.country})`;
}

function list(actors: EventActor[]): string {
  const names = actors.map(who);
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * One line for a timeline, generated from the event's coding, never copied from an article:
 * "Wang Yi (CHN) held talks with Antony Blinken (USA) in Washington".
 */
export function summarize(event: EventRecord): string {
  const phrase =
    PHRASES[`${event.event_type}/${event.mode}`] ?? PHRASES[event.event_type] ?? event.event_type.toLowerCase();
  const actors = list(event.actors);
  const recipients = list(event.recipients);
  let line: string;
  if (recipients) line = `${actors} ${phrase} ${recipients}`;
  else if (event.event_type === "CONSULT") line = `${actors} held talks`;
  else line = `${actors}: ${event.event_type.toLowerCase()}${event.mode ? ` (${event.mode})` : ""}`;
  if (event.location?.name && !line.includes(event.location.name)) line += ` in ${event.location.name}`;
  return `${STATUS_PREFIX[event.status] ?? ""}${line}`;
}
