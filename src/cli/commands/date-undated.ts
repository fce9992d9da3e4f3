import { inferUndatedDocuments } from "../../corpus/dating/infer.js";
import { openStore } from "../../store/open.js";
import { type Command, choice, DB_HELP, DB_OPTION, stringValue } from "../command.js";
import { out, table } from "../format.js";

/**
 * `annals date-undated`: infers publication intervals for undated documents from the rest of the
 * corpus (ingest runs the same pass after every run that stored something).
 *
 * @example annals date-undated --db annals.db --format jsonl
 */
export const dateUndatedCommand: Command = {
  name: "date-undated",
  summary: "infer publication dates of undated documents from the corpus",
  usage: "annals date-undated [--format jsonl|table] [--db <path>]",
  help: [DB_HELP, "--format jsonl|table  (default table); jsonl also gives the evidence and notes"],
  options: { ...DB_OPTION, format: { type: "string" } },
  allowPositionals: false,
  async run(values) {
    const format = choice(values, "format", ["jsonl", "table"] as const, "table");
    const store = await openStore(stringValue(values, "db") ?? "./annals.db");
    try {
      const results = await inferUndatedDocuments(store);
      if (format === "jsonl") {
        for (const r of results) out(JSON.stringify(r));
        return 0;
      }
      out(
        table(
          ["doc_id", "inferred from", "inferred to", "events dated", "contradictions"],
          results.map((r) => [
            r.doc_id,
            r.interval?.from ?? (r.interval ? "…" : "undated"),
            r.interval?.to ?? (r.interval ? "…" : ""),
            String(r.dated.length),
            String(r.notes.length),
          ]),
        ),
      );
      for (const r of results) for (const n of r.notes) out(`${n.event_id}: ${n.note.reason} (${n.note.doc_id})`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
