import { ingest } from "../../corpus/ingest.js";
import { walkInputs } from "../../ingest/walk.js";
import { openStore } from "../../store/open.js";
import { type Command, choice, DB_HELP, DB_OPTION, positiveInt, stringValue, UsageError } from "../command.js";
import { progressPrinter, summaryLine } from "../progress.js";

export const ingestCommand: Command = {
  name: "ingest",
  summary: "read articles, code them, and store documents, actors and events",
  usage:
    "annals ingest <file|folder|->... [--db <path>] [--workers <n>] [--encoding utf-8|latin1|windows-1252] [--max-mb <n>]",
  help: [
    DB_HELP,
    "--encoding <name>    decode inputs that are not UTF-8 with this encoding",
    "--max-mb <n>         largest single-article file, in MB (default 20)",
    "--workers <n>        analysis threads (default: one per core; 1 analyses in the main thread)",
    "--quiet              no progress display",
  ],
  options: {
    ...DB_OPTION,
    encoding: { type: "string" },
    "max-mb": { type: "string" },
    workers: { type: "string" },
    quiet: { type: "boolean" },
  },
  allowPositionals: true,
  async run(values, positionals) {
    if (positionals.length === 0) throw new UsageError("ingest needs at least one file, folder, or - for stdin");
    const encoding =
      values.encoding === undefined
        ? undefined
        : choice(values, "encoding", ["utf-8", "latin1", "windows-1252"] as const, "utf-8");
    const maxMb = positiveInt(values, "max-mb");
    const workers = positiveInt(values, "workers");
    if (workers === 0) throw new UsageError("--workers must be at least 1");
    const store = await openStore(stringValue(values, "db") ?? "./annals.db");
    const progress = progressPrinter(values.quiet || !process.stderr.isTTY ? new Map() : await inputSizes(positionals));
    try {
      const summary = await ingest(
        store,
        positionals,
        {
          ...(encoding ? { encoding } : {}),
          ...(maxMb ? { maxBytes: maxMb * 1024 * 1024 } : {}),
          ...(workers ? { workers } : {}),
        },
        values.quiet ? undefined : progress,
      );
      progress.done();
      for (const r of summary.rejected) process.stderr.write(`rejected ${r.origin}: ${r.reason}\n`);
      process.stderr.write(`${summaryLine(summary)}\n`);
      return summary.rejected.length > 0 ? 2 : 0;
    } finally {
      await store.close();
    }
  },
};

/** Sizes of the input files, for the progress bar (a quick walk; the files are not read). */
async function inputSizes(inputs: string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for await (const entry of walkInputs(inputs)) if (entry.kind === "file") sizes.set(entry.path, entry.size);
  return sizes;
}
