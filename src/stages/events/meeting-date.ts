import { redated } from "../../model/record-with.js";
import type { EventActor, EventRecord } from "../../model/records.js";

/** A meeting or call the article has dated from its own words, with the time expression that dates it. */
export interface Meeting {
  record: EventRecord;
  timex: { start: number; end: number } | null;
}

/**
 * A meeting that can date what was said at it: a reported CONSULT dated by the text, not by the
 * publication. A visit is not one: it spans days, and its first ("arrived on Monday") dates nothing said later.
 */
export function isMeeting(record: EventRecord): boolean {
  return (
    record.event_type === "CONSULT" &&
    record.mode !== "visit" &&
    record.status === "reported" &&
    record.date !== null &&
    (record.date_basis === "stated" || record.date_basis === "relative")
  );
}

/** Days a statement may be published after the meeting it was made at. */
const WEEK = 7;

/** Whether `meeting` ended, to the day, no more than a week before `published` (and not after it). */
function daysBefore(meeting: EventRecord, published: string | null): boolean {
  const end = meeting.date_end ?? meeting.date;
  if (!published || !end || end.length !== 10) return false;
  const days = (Date.parse(published.slice(0, 10)) - Date.parse(end)) / 86_400_000;
  return days >= 0 && days <= WEEK;
}

/**
 * The meeting's participants that `side` stands for: the participant itself, or, for a country (or a
 * body, when `bodies`), every participant of its country ("Washington" for the secretary of state).
 * Another person of the same country is someone else, unless the meeting named that side only as a
 * country (a delegation).
 */
function standsFor(side: EventActor, people: readonly EventActor[], bodies: boolean): Set<number> {
  const out = new Set<number>();
  const wide = side.kind === "country" || (bodies && side.kind !== "person");
  for (const [i, p] of people.entries()) {
    if (side.actor_id && side.actor_id === p.actor_id) out.add(i);
    else if (wide && side.country !== null && side.country === p.country) out.add(i);
    // "held talks with an American delegation led by X" then "welcomed X to …": the meeting named
    // that side only by its country, and one of its people stands for it
    else if (side.kind === "person" && p.kind === "country" && side.country === p.actor_id) out.add(i);
  }
  return out;
}

/**
 * Whether every participant of `event` is one of the meeting's, and the event joins two different
 * ones. A body other than a country ("the army") stands for its country's side only beside someone
 * who was at the meeting in person: `Austin voiced concern about the army's drills` to Dong.
 */
function betweenParticipants(event: EventRecord, meeting: EventRecord): boolean {
  const people = [...meeting.actors, ...meeting.recipients];
  const ids = new Set(people.map((p) => p.actor_id));
  const bodies = [...event.actors, ...event.recipients].some((a) => a.kind === "person" && ids.has(a.actor_id));
  const sides = (list: readonly EventActor[]) => list.map((a) => standsFor(a, people, bodies));
  const actors = sides(event.actors);
  const recipients = sides(event.recipients);
  if ([...actors, ...recipients].some((s) => s.size === 0) || actors.length === 0) return false;
  const countryOf = (i: number) => people[i]?.country ?? `#${i}`;
  if (recipients.length === 0) {
    // "the two presidents agreed": a joint act of two of the meeting's sides; "Dong warned that …":
    // one who was there in person, speaking to no one named
    const countries = new Set(actors.flatMap((s) => [...s].map(countryOf)));
    return countries.size >= 2 || event.actors.every((a) => a.kind === "person" && ids.has(a.actor_id));
  }
  // "Wang told Blinken", "the Chinese side urged Washington": one side of the meeting to the other
  const from = new Set(actors.flatMap((s) => [...s].map(countryOf)));
  return recipients.every((s) => [...s].some((i) => !from.has(countryOf(i))));
}

/**
 * A statement the article does not date itself (its date is the publication's) that passes between
 * the participants of a meeting or call the article dated before it — `Wang told Blinken that …`,
 * `the two presidents agreed to …`, `during those meetings the Chinese side presented demands` — was
 * made at that meeting and takes its date (`+meeting-date`), not the day the article appeared. Of
 * several such meetings, the latest one before the statement; a meeting dated to the day, in the
 * week before publication (one recalled from months before is background, not the occasion). Another meeting (a CONSULT) keeps its
 * own date unless it names the earlier one again (`during those meetings`, `the call`); material
 * acts keep theirs. Null when the record is no such statement.
 *
 * @example atMeeting(wangUrgedWashington, [blinkenMetWangOnMonday], false) // dated that Monday
 */
export function atMeeting(
  record: EventRecord,
  meetings: readonly Meeting[],
  backReference: boolean,
): (Meeting & { at: Meeting }) | null {
  if (record.date_basis !== "publication" || record.status !== "reported") return null;
  if (!record.quad.startsWith("verbal_")) return null;
  if (record.event_type === "CONSULT" && !backReference) return null;
  if (record.mentions.some((m) => ANOTHER_OCCASION.test(m.text))) return null;
  const meeting = [...meetings]
    .reverse()
    .find((m) => daysBefore(m.record, record.date) && betweenParticipants(record, m.record));
  if (!meeting) return null;
  const { date, date_end, date_basis } = meeting.record;
  return {
    record: redated(record, { date, date_end, date_basis }, "meeting-date"),
    timex: meeting.timex,
    at: meeting,
  };
}

/** Words of an occasion after the meeting: `asked at a news conference`, `hours later`, `told reporters`. */
const ANOTHER_OCCASION =
  /\b(?:news conference|press conference|press briefing|told reporters|in an interview|hours later|a day later|days later|the next day|the following day|on (?:his|her|their) return)\b/i;

/** Words before a meeting noun that point back to a meeting already told: `those meetings`, `the call`. */
export const BACK_REFERENCE = /\b(?:the|that|those|this|these|their|its)\s+$/i;

/**
 * Words before a meeting's trigger that put it before the story's time (`had spoken by video call
 * in April`, `had met`): background, not the occasion of what is said after it.
 */
export const PLUPERFECT = /\bhad\s+(?:[\p{L}-]+\s+){0,2}$/iu;
