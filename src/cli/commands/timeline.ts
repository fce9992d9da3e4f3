import { buildTimeline } from "../../corpus/timeline.js";
import type { Timeline } from "../../model/records.js";
import { openStore } from "../../store/open.js";
import { type Command, choice, DB_HELP, DB_OPTION, FILTER_HELP, FILTER_OPTIONS, stringValue } from "../command.js";
import { eventFilterFrom } from "../filters.js";
import { out, table } from "../format.js";

function when(e: Timeline["entries"][number]): string {
  return e.date_end ? `${e.date} – ${e.date_end}` : e.date;
}

function markdown(t: Timeline): string {
  const lines = ["| date | event | sources |", "| --- | --- | --- |"];
  for (const e of t.entries)
    lines.push(`| ${when(e)} | ${e.summary.replace(/\|/g, "\\|")} | ${e.doc_ids.join(", ")} |`);
  return lines.join("\n");
}

export const timelineCommand: Command = {
  name: "timeline",
  summary: "a dated timeline of events, each entry citing its documents",
  usage:
    "annals timeline [--format json|md|table] [--actor X] [--dyad A,B] [--type T] [--from D] [--to D] [--all] [--db <path>]",
  help: [
    DB_HELP,
    "--format json|md|table  (default table)",
    "--all                 include planned, hypothetical and negated events",
    ...FILTER_HELP,
  ],
  options: { ...DB_OPTION, ...FILTER_OPTIONS, format: { type: "string" }, all: { type: "boolean" } },
  allowPositionals: false,
  async run(values) {
    const format = choice(values, "format", ["json", "md", "table"] as const, "table");
    const filter = eventFilterFrom(values);
    const store = await openStore(stringValue(values, "db") ?? "./annals.db");
    try {
      const events = [];
      for await (const e of store.streamEvents(filter)) events.push(e);
      const t = buildTimeline(events, { includeAllStatuses: values.all === true });
      if (format === "json") out(JSON.stringify(t, null, 2));
      else if (format === "md") out(markdown(t));
      else
        out(
          table(
            ["date", "event", "docs"],
            t.entries.map((e) => [when(e), e.summary, String(e.doc_ids.length)]),
            90,
          ),
        );
      return 0;
    } finally {
      await store.close();
    }
  },
};
