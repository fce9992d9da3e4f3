import type { EventActor, EventRecord } from "../../model/records.js";
import { openStore } from "../../store/open.js";
import { type Command, choice, DB_HELP, DB_OPTION, FILTER_HELP, FILTER_OPTIONS, stringValue } from "../command.js";
import { eventFilterFrom } from "../filters.js";
import { csvLine, out, table } from "../format.js";

const names = (list: EventActor[]) => list.map((a) => a.name).join("; ");
const countries = (list: EventActor[]) => [...new Set(list.map((a) => a.country ?? ""))].join(";");

const CSV_HEADER = [
  "id",
  "date",
  "date_end",
  "date_basis",
  "event_type",
  "mode",
  "status",
  "actors",
  "actor_countries",
  "recipients",
  "recipient_countries",
  "location",
  "location_country",
  "score",
  "cameo",
  "goldstein",
  "quad",
  "confidence",
  "doc_count",
];

function csvRow(e: EventRecord): string {
  return csvLine([
    e.id,
    e.date,
    e.date_end,
    e.date_basis,
    e.event_type,
    e.mode,
    e.status,
    names(e.actors),
    countries(e.actors),
    names(e.recipients),
    countries(e.recipients),
    e.location?.name,
    e.location?.country,
    e.score,
    e.cameo,
    e.goldstein,
    e.quad,
    e.confidence,
    e.doc_count,
  ]);
}

export const eventsCommand: Command = {
  name: "events",
  summary: "list canonical events",
  usage:
    "annals events [--format jsonl|csv|table] [--actor X] [--dyad A,B] [--type T] [--from D] [--to D] [--doc ID] [--db <path>]",
  help: [DB_HELP, "--format jsonl|csv|table  (default table)", ...FILTER_HELP],
  options: { ...DB_OPTION, ...FILTER_OPTIONS, format: { type: "string" } },
  allowPositionals: false,
  async run(values) {
    const format = choice(values, "format", ["jsonl", "csv", "table"] as const, "table");
    const filter = eventFilterFrom(values);
    const store = await openStore(stringValue(values, "db") ?? "./annals.db");
    try {
      if (format === "jsonl") {
        for await (const e of store.streamEvents(filter)) out(JSON.stringify(e));
      } else if (format === "csv") {
        out(csvLine(CSV_HEADER));
        for await (const e of store.streamEvents(filter)) out(csvRow(e));
      } else {
        const events = await store.listEvents(filter);
        out(
          table(
            ["date", "type", "mode", "actors", "recipients", "status", "docs", "id"],
            events.map((e) => [
              e.date ?? "-",
              e.event_type,
              e.mode ?? "",
              names(e.actors),
              names(e.recipients),
              e.status,
              String(e.doc_count),
              e.id,
            ]),
            40,
          ),
        );
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
