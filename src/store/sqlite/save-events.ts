import type { EventActor, EventRecord } from "../../model/records.js";
import { dyadPairs } from "../dyads.js";
import { eventId } from "../ids.js";
import { mergeEventFields } from "../merge-event.js";
import { mergeParticipants } from "../merge-participants.js";
import { eventRow } from "../rows.js";
import type { DocumentEvent } from "../store.js";
import type { StoredEventRow, WriteStatements } from "./write-statements.js";

/**
 * Adds one document's events. A merge key already stored is the same real-world event: it gains
 * this document's mentions and keeps the better-supported fields and participants
 * (merge-event.ts, merge-participants.ts); otherwise a canonical event is
 * created with the stable id `ev_` + 12 hex of SHA-1(merge key) and its dyad pairs. `doc_count` is the number of
 * documents with a mention of the event, so an event reported twice in one document counts it once.
 */
export function saveEvents(s: WriteStatements, events: DocumentEvent[], docId: string): void {
  for (const { merge_key, event } of events) {
    const stored = s.eventByKey.get(merge_key);
    const id = stored ? stored.event_id : eventId(merge_key);
    if (stored) updateEvent(s, stored, event);
    else insertEvent(s, id, merge_key, event);
    const counted = s.eventHasDoc.get(id, docId) !== undefined;
    for (const m of event.mentions) {
      // a bundle's events stand on its own document, whatever id the pipeline left
      s.insertEventMention.run(id, docId, m.sentence, m.start, m.end, m.text, m.rule);
    }
    if (!counted && event.mentions.length > 0) s.countDoc.run(id);
  }
}

function insertEvent(s: WriteStatements, id: string, mergeKey: string, e: EventRecord): void {
  s.insertEvent.run(eventRow(id, mergeKey, e));
  insertSides(s, id, e, e.date ?? null);
  s.dyadDates.add(id);
}

/** The participant rows and dyad pairs of an event with these sides, under `date`. */
function insertSides(
  s: WriteStatements,
  id: string,
  e: Pick<EventRecord, "actors" | "recipients" | "quad" | "score">,
  date: string | null,
): void {
  insertSide(s, id, e.actors, "actor");
  insertSide(s, id, e.recipients, "recipient");
  for (const pair of dyadPairs(e.actors, e.recipients)) {
    s.insertDyad.run({
      event_id: id,
      ...pair,
      countries_first: pair.countries_first ? 1 : 0,
      date,
      quad: e.quad,
      score: e.score,
    });
  }
}

function insertSide(s: WriteStatements, id: string, side: EventActor[], name: "actor" | "recipient"): void {
  for (const a of side)
    s.insertEventActor.run({ event_id: id, actor_id: a.actor_id, country: a.country ?? null, side: name });
}

function updateEvent(s: WriteStatements, stored: StoredEventRow, incoming: EventRecord): void {
  const merged = mergeEventFields(
    {
      mode: stored.mode,
      context: JSON.parse(stored.context) as string[],
      date: stored.date,
      date_end: stored.date_end,
      date_basis: stored.date_basis as EventRecord["date_basis"],
      location: stored.location ? JSON.parse(stored.location) : null,
      confidence: stored.confidence,
    },
    incoming,
  );
  s.updateEvent.run({
    event_id: stored.event_id,
    ...merged,
    context: JSON.stringify(merged.context),
    location: merged.location ? JSON.stringify(merged.location) : null,
  });
  const before = {
    actors: JSON.parse(stored.actors) as EventActor[],
    recipients: JSON.parse(stored.recipients) as EventActor[],
  };
  const sides = mergeParticipants(before, incoming);
  const moved = JSON.stringify(sides) !== JSON.stringify(before);
  if (!moved && merged.date === stored.date) return;
  s.dyadDates.remove(stored.event_id, stored.date);
  if (moved) {
    // the merge key stays: the event keeps its id whatever its participants become
    s.updateEventSides.run({
      event_id: stored.event_id,
      actors: JSON.stringify(sides.actors),
      recipients: JSON.stringify(sides.recipients),
    });
    s.deleteEventActors.run(stored.event_id);
    s.deleteDyads.run(stored.event_id);
    insertSides(
      s,
      stored.event_id,
      { ...sides, quad: stored.quad as EventRecord["quad"], score: stored.score },
      merged.date,
    );
  } else {
    s.moveDyads.run({ event_id: stored.event_id, date: merged.date });
  }
  s.dyadDates.add(stored.event_id);
}
