import type { DateInterval } from "../../store/dating-store.js";
import { openStore } from "../../store/open.js";
import { type Command, choice, DB_HELP, DB_OPTION, positiveInt, stringValue } from "../command.js";
import { out, table } from "../format.js";

/**
 * The publication column: the date, or for an undated document the interval the corpus implies
 * (open ends left blank, one day when both ends agree).
 *
 * @example publishedLabel(null, { from: "2023-06-16", to: "2023-06-20" }) // "undated (inferred 2023-06-16..2023-06-20)"
 */
export function publishedLabel(published: string | null, inferred: DateInterval | null): string {
  if (published) return published;
  if (!inferred) return "undated";
  const span = inferred.from === inferred.to ? inferred.from : `${inferred.from ?? ""}..${inferred.to ?? ""}`;
  return `undated (inferred ${span})`;
}

export const docsCommand: Command = {
  name: "docs",
  summary: "list stored documents",
  usage: "annals docs [--format jsonl|table] [--text <query>] [--limit n] [--db <path>]",
  help: [
    DB_HELP,
    "--format jsonl|table  (default table)",
    "--text <query>        documents matching a full-text query",
    "--limit <n>           at most n documents",
  ],
  options: { ...DB_OPTION, format: { type: "string" }, text: { type: "string" }, limit: { type: "string" } },
  allowPositionals: false,
  async run(values) {
    const format = choice(values, "format", ["jsonl", "table"] as const, "table");
    const limit = positiveInt(values, "limit");
    const text = stringValue(values, "text");
    const store = await openStore(stringValue(values, "db") ?? "./annals.db");
    try {
      const docs = await store.listDocuments({ ...(limit ? { limit } : {}), ...(text ? { text } : {}) });
      // only undated documents have an inferred interval
      const inferred = new Map<string, DateInterval | null>();
      for (const d of docs) if (!d.published_at) inferred.set(d.doc_id, await store.getInferredDate(d.doc_id));
      if (format === "jsonl") {
        for (const { text: _body, ...d } of docs)
          out(JSON.stringify({ ...d, inferred_published: inferred.get(d.doc_id) ?? null }));
        return 0;
      }
      out(
        table(
          ["doc_id", "published", "events", "title", "source", "origin"],
          docs.map((d) => [
            d.doc_id,
            publishedLabel(d.published_at, inferred.get(d.doc_id) ?? null),
            String(d.event_count),
            d.title ?? d.text.slice(0, 50),
            d.source ?? "",
            d.url ?? d.origin,
          ]),
          48,
        ),
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};
