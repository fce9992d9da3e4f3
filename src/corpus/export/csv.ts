import { csvLine } from "../../cli/format.js";
import type { EventActor, EventRecord } from "../../model/records.js";

/** The CSV export's columns, one row per event; lists inside a cell are joined with `;`. */
export const CSV_COLUMNS = [
  "id",
  "date",
  "date_end",
  "date_basis",
  "event_type",
  "mode",
  "context",
  "status",
  "actor_names",
  "actor_countries",
  "actor_sectors",
  "recipient_names",
  "recipient_countries",
  "recipient_sectors",
  "location_name",
  "location_country",
  "location_lat",
  "location_lon",
  "score",
  "cameo",
  "goldstein",
  "quad",
  "confidence",
  "doc_count",
  "doc_ids",
  "text",
] as const;

/** One value per participant, in order (empty for an unknown one), so columns line up with names. */
const join = (list: EventActor[], pick: (a: EventActor) => string | null) => list.map((a) => pick(a) ?? "").join(";");

/**
 * One event as a CSV row (RFC 4180 quoting), columns as in `CSV_COLUMNS`. Dates keep their
 * precision (`2023`, `2023-06`, `2023-06-18`); `text` is the first mention's evidence span.
 *
 * @example toCsvRow(eventRecord({ id: "ev_1", context: ["economic", "military"] })) // "ev_1,,,unknown,CONSULT,,economic;military,…"
 */
export function toCsvRow(e: EventRecord): string {
  return csvLine([
    e.id,
    e.date,
    e.date_end,
    e.date_basis,
    e.event_type,
    e.mode,
    e.context.join(";"),
    e.status,
    join(e.actors, (a) => a.name),
    join(e.actors, (a) => a.country),
    join(e.actors, (a) => a.sector),
    join(e.recipients, (a) => a.name),
    join(e.recipients, (a) => a.country),
    join(e.recipients, (a) => a.sector),
    e.location?.name,
    e.location?.country,
    e.location?.lat,
    e.location?.lon,
    e.score,
    e.cameo,
    e.goldstein,
    e.quad,
    e.confidence,
    e.doc_count,
    [...new Set(e.mentions.map((m) => m.doc_id))].join(";"),
    e.mentions[0]?.text,
  ]);
}

/** The header line of the CSV export. */
export function csvHeader(): string {
  return csvLine([...CSV_COLUMNS]);
}
