import type { EventActor, EventRecord } from "../../../model/records.js";

/** One participant an analyst expects: a name for the reader, a country (or PLOVER code) to match on. */
export interface ExpectedParticipant {
  name: string;
  country: string | null;
}

/** One event an analyst reads in a seed article, and what a coded event must carry to be it. */
export interface ExpectedEvent {
  id: string;
  /** The seed file's name in `../shared/seeds`. */
  seed: string;
  description: string;
  type: string;
  /** The PLOVER mode, checked only where given (`visit`, `phone`). */
  mode?: string;
  actors: ExpectedParticipant[];
  recipients: ExpectedParticipant[];
  /** No side hosts (a call, a summit): the sides may come out as actors or recipients. */
  undirected: boolean;
  /** `reported` or `future`, checked only where given (an agreement against a planned meeting). */
  status?: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null where the article gives none. */
  date: string | null;
  place: string | null;
  /** Why the coder misses it today (what came out instead); the case is then a todo. */
  todo?: string;
}

/** How a participant is compared: its country (or PLOVER code), else its name in lower case. */
function key(p: { name: string; country: string | null }): string {
  return p.country ?? `~${p.name.toLowerCase()}`;
}

const keys = (side: readonly { name: string; country: string | null }[]) => [...new Set(side.map(key))].sort();
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether the coded sides are the expected ones: per side, or as one set when the event is undirected. */
function sidesMatch(event: EventRecord, expected: ExpectedEvent): boolean {
  if (expected.undirected)
    return same(keys([...event.actors, ...event.recipients]), keys([...expected.actors, ...expected.recipients]));
  return same(keys(event.actors), keys(expected.actors)) && same(keys(event.recipients), keys(expected.recipients));
}

/**
 * Whether a coded event is the expected one: the same PLOVER type (and mode and status where given); the same participants compared
 * by country (or PLOVER code, or name when neither is known); the same date string, so the same
 * precision (null only for null); the same place name (case aside), or no place for none.
 *
 * @example matchesExpected(call, { type: "CONSULT", actors: [{ name: "Qin Gang", country: "CHN" }], … })
 */
export function matchesExpected(event: EventRecord, expected: ExpectedEvent): boolean {
  return (
    event.event_type === expected.type &&
    (expected.mode === undefined || event.mode === expected.mode) &&
    (expected.status === undefined || event.status === expected.status) &&
    sidesMatch(event, expected) &&
    event.date === expected.date &&
    (event.location?.name.toLowerCase() ?? null) === (expected.place?.toLowerCase() ?? null)
  );
}

const side = (list: readonly EventActor[]) => list.map((p) => p.country ?? p.name).join("+") || "-";

/** One line per coded event, for a failure message: `CONSULT USA>CHN 2023-06-18 @Beijing`. */
export function describeEvents(events: readonly EventRecord[]): string {
  return events
    .map(
      (e) =>
        `${e.event_type} ${side(e.actors)}>${side(e.recipients)} ${e.date ?? "undated"} @${e.location?.name ?? "-"}`,
    )
    .join("\n");
}
