import { hostname } from "node:os";
import { openQueue } from "../../queue/pg-queue.js";
import { runWorker, type WorkerSummary } from "../../queue/worker.js";
import { openStore } from "../../store/open.js";
import { type Command, DB_HELP, DB_OPTION, positiveInt, stringValue, UsageError } from "../command.js";
import { queueDb } from "../queue-db.js";

export const workerCommand: Command = {
  name: "worker",
  summary: "take queued articles from a postgres:// store and code them (run any number, anywhere)",
  usage:
    "annals worker --db postgres://… [--batch <n>] [--lease <seconds>] [--attempts <n>] [--until-empty] [--id <name>]",
  help: [
    DB_HELP,
    "--batch <n>          articles claimed at once (default 1)",
    "--lease <seconds>    how long a claimed article stays reserved; a killed worker's article is",
    "                     taken again once its lease expires (default 120)",
    "--attempts <n>       attempts before an article is marked failed (default 3)",
    "--until-empty        exit when nothing is left to code or save, instead of waiting for more",
    "--id <name>          this worker's name in the queue (default host:pid)",
    "--quiet              no line per failed article",
  ],
  options: {
    ...DB_OPTION,
    batch: { type: "string" },
    lease: { type: "string" },
    attempts: { type: "string" },
    "until-empty": { type: "boolean" },
    id: { type: "string" },
    quiet: { type: "boolean" },
  },
  allowPositionals: false,
  async run(values) {
    const db = queueDb(values, "worker");
    const batch = atLeastOne(values, "batch");
    const lease = atLeastOne(values, "lease");
    const maxAttempts = atLeastOne(values, "attempts");
    const workerId = stringValue(values, "id") ?? `${hostname()}:${process.pid}`;
    const queue = await openQueue(db, { name: `annals worker ${workerId}`, ...(maxAttempts ? { maxAttempts } : {}) });
    const stop = new AbortController();
    const onSignal = () => {
      if (stop.signal.aborted) process.exit(130); // a second signal: stop now, the lease brings the article back
      process.stderr.write(`worker ${workerId}: stopping after the current article\n`);
      stop.abort();
    };
    process.on("SIGTERM", onSignal).on("SIGINT", onSignal);
    try {
      const store = await openStore(db);
      try {
        const summary = await runWorker(queue, store, {
          workerId,
          untilEmpty: values["until-empty"] === true,
          signal: stop.signal,
          ...(batch ? { batch } : {}),
          ...(lease ? { leaseSeconds: lease } : {}),
          onError(origin, error, outcome) {
            if (values.quiet) return;
            const what =
              outcome === "failed" ? "failed for good" : outcome === "queued" ? "failed, will retry" : "lost";
            process.stderr.write(`${origin}: ${what}: ${error}\n`);
          },
        });
        process.stderr.write(`${workerLine(summary)}\n`);
        return summary.failed > 0 ? 2 : 0;
      } finally {
        await store.close();
      }
    } finally {
      process.off("SIGTERM", onSignal).off("SIGINT", onSignal);
      await queue.close();
    }
  },
};

function atLeastOne(values: Parameters<Command["run"]>[0], name: string): number | undefined {
  const n = positiveInt(values, name);
  if (n === 0) throw new UsageError(`--${name} must be at least 1`);
  return n;
}

/** The one-line summary a worker prints at exit. */
export function workerLine(s: WorkerSummary): string {
  const rate = s.seconds > 0 ? (s.analysed / s.seconds).toFixed(1) : String(s.analysed);
  return `worker ${s.worker}: ${s.analysed} analysed, ${s.stored} stored, ${s.skipped} already stored, ${s.retried} failed attempts, ${s.failed} failed, ${s.lost} lost to other workers; ${s.events} events; ${s.seconds.toFixed(1)} s (${rate} analysed/s)`;
}
