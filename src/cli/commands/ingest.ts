import { ingest } from "../../corpus/ingest.js";
import type { ReadOptions } from "../../ingest/result.js";
import { walkInputs } from "../../ingest/walk.js";
import { enqueueInputs, enqueueLine } from "../../queue/enqueue.js";
import { openQueue } from "../../queue/pg-queue.js";
import { openStore } from "../../store/open.js";
import { type Command, choice, DB_HELP, DB_OPTION, positiveInt, stringValue, UsageError } from "../command.js";
import { progressPrinter, summaryLine } from "../progress.js";
import { queueDb } from "../queue-db.js";

export const ingestCommand: Command = {
  name: "ingest",
  summary: "read articles, code them, and store documents, actors and events",
  usage:
    "annals ingest <file|folder|->... [--db <path>] [--workers <n>] [--encoding utf-8|latin1|windows-1252] [--max-mb <n>] [--queue]",
  help: [
    DB_HELP,
    "--encoding <name>    decode inputs that are not UTF-8 with this encoding",
    "--max-mb <n>         largest single-article file, in MB (default 20)",
    "--workers <n>        analysis threads, the main one included (default: one per core; 1: the main thread only)",
    "--quiet              no progress display",
    "--queue              only queue the articles for `annals worker` (needs a postgres:// --db)",
  ],
  options: {
    ...DB_OPTION,
    encoding: { type: "string" },
    "max-mb": { type: "string" },
    quiet: { type: "boolean" },
    queue: { type: "boolean" },
    workers: { type: "string" },
  },
  allowPositionals: true,
  async run(values, positionals) {
    if (positionals.length === 0) throw new UsageError("ingest needs at least one file, folder, or - for stdin");
    const encoding =
      values.encoding === undefined
        ? undefined
        : choice(values, "encoding", ["utf-8", "latin1", "windows-1252"] as const, "utf-8");
    const maxMb = positiveInt(values, "max-mb");
    const readOptions = { ...(encoding ? { encoding } : {}), ...(maxMb ? { maxBytes: maxMb * 1024 * 1024 } : {}) };
    if (values.queue) return enqueue(queueDb(values, "ingest --queue"), positionals, readOptions);
    const workers = positiveInt(values, "workers");
    if (workers === 0) throw new UsageError("--workers must be at least 1");
    const store = await openStore(stringValue(values, "db") ?? "./annals.db");
    const progress = progressPrinter(values.quiet || !process.stderr.isTTY ? new Map() : await inputSizes(positionals));
    try {
      const summary = await ingest(
        store,
        positionals,
        { ...readOptions, ...(workers ? { workers } : {}) },
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

/**
 * `ingest --queue`: queues the articles for the workers, but not those already stored; rejected
 * inputs are named as in a plain ingest.
 */
async function enqueue(db: string, inputs: string[], options: ReadOptions): Promise<number> {
  const queue = await openQueue(db);
  try {
    const store = await openStore(db);
    try {
      const summary = await enqueueInputs(queue, inputs, options, (hash) => store.hasDocument(hash));
      for (const r of summary.rejected) process.stderr.write(`rejected ${r.origin}: ${r.reason}\n`);
      process.stderr.write(`${enqueueLine(summary)}\n`);
      return summary.rejected.length > 0 ? 2 : 0;
    } finally {
      await store.close();
    }
  } finally {
    await queue.close();
  }
}

/** Sizes of the input files, for the progress bar (a quick walk; the files are not read). */
async function inputSizes(inputs: string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for await (const entry of walkInputs(inputs)) if (entry.kind === "file") sizes.set(entry.path, entry.size);
  return sizes;
}
