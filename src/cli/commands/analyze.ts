import { createInterface } from "node:readline";
import { analyze } from "../../analyze.js";
import { readInputs } from "../../ingest/read.js";
import { type Command, choice, stringValue, UsageError } from "../command.js";
import { out } from "../format.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const analyzeCommand: Command = {
  name: "analyze",
  summary: "code one article without a store and print its JSON",
  usage: "annals analyze <file|-> [--date YYYY-MM-DD] [--format json]\n       annals analyze --batch < lines.jsonl",
  help: [
    "--date <YYYY-MM-DD>  publication date (overrides one found in the article)",
    "--format json        output format (the only one)",
    "--batch              read JSON lines {id, text, date?} on stdin, write one result per line",
  ],
  options: { date: { type: "string" }, format: { type: "string" }, batch: { type: "boolean" } },
  allowPositionals: true,
  async run(values, positionals) {
    choice(values, "format", ["json"] as const, "json");
    const date = stringValue(values, "date");
    if (date !== undefined && !DATE.test(date)) throw new UsageError(`--date must be YYYY-MM-DD (got "${date}")`);
    if (values.batch) return runBatch();
    const input = positionals[0];
    if (!input || positionals.length > 1) throw new UsageError("analyze takes exactly one file, or - for stdin");
    for await (const result of readInputs([input])) {
      if (result.kind === "rejected") {
        process.stderr.write(`rejected ${result.rejection.origin}: ${result.rejection.reason}\n`);
        return 2;
      }
      const a = result.article;
      out(
        JSON.stringify(
          analyze(a.text, { publishedAt: date ?? a.publishedAt, title: a.title, url: a.url, id: a.externalId }),
          null,
          2,
        ),
      );
      return 0;
    }
    return 0;
  },
};

/** `{"id", "text", "date"?}` per line in, one analysis per line out, in order; a bad line is reported and skipped. */
async function runBatch(): Promise<number> {
  let status = 0;
  let line = 0;
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    if (raw.trim() === "") continue;
    let item: { id?: unknown; text?: unknown; date?: unknown };
    try {
      item = JSON.parse(raw) as typeof item;
    } catch (e) {
      process.stderr.write(`rejected stdin:${line}: invalid JSON (${(e as Error).message})\n`);
      status = 2;
      continue;
    }
    if (
      typeof item.text !== "string" ||
      (item.date !== undefined && item.date !== null && (typeof item.date !== "string" || !DATE.test(item.date)))
    ) {
      process.stderr.write(`rejected stdin:${line}: needs a string "text" and an optional "date" YYYY-MM-DD\n`);
      status = 2;
      continue;
    }
    const id = item.id === undefined || item.id === null ? null : String(item.id);
    out(JSON.stringify(analyze(item.text, { publishedAt: (item.date as string | undefined) ?? null, id })));
  }
  return status;
}
