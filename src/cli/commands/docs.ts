import { openStore } from "../../store/open.js";
import { type Command, choice, DB_HELP, DB_OPTION, positiveInt, stringValue } from "../command.js";
import { out, table } from "../format.js";

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
      if (format === "jsonl") {
        for (const { text: _body, ...d } of docs) out(JSON.stringify(d));
        return 0;
      }
      out(
        table(
          ["doc_id", "published", "events", "title", "source", "origin"],
          docs.map((d) => [
            d.doc_id,
            d.published_at ?? "undated",
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
