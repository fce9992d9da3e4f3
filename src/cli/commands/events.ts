import { csvHeader, toCsvRow } from "../../corpus/export/csv.js";
import type { EventActor } from "../../model/records.js";
import { openStore } from "../../store/open.js";
import { type Command, choice, DB_HELP, DB_OPTION, FILTER_HELP, FILTER_OPTIONS, stringValue } from "../command.js";
import { eventFilterFrom } from "../filters.js";
import { out, table } from "../format.js";

const names = (list: EventActor[]) => list.map((a) => a.name).join("; ");

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
        // notes on the event (e.g. a report's contradicting date) go out as an added field
        for await (const e of store.streamEvents(filter))
          out(JSON.stringify({ ...e, messages: await store.getEventMessages(e.id) }));
      } else if (format === "csv") {
        // The same columns as `annals export --format csv`, so a spreadsheet reads either.
        out(csvHeader());
        for await (const e of store.streamEvents(filter)) out(toCsvRow(e));
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
