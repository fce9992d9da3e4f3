import { openQueue } from "../../queue/pg-queue.js";
import { queueStatus, statusLines } from "../../queue/status.js";
import { type Command, choice, DB_HELP, DB_OPTION, positiveInt } from "../command.js";
import { out } from "../format.js";
import { queueDb } from "../queue-db.js";

export const queueCommand: Command = {
  name: "queue",
  summary: "show the article queue of a postgres:// store: jobs per state, workers, failures",
  usage: "annals queue --db postgres://… [--failed <n>] [--format table|json]",
  help: [
    DB_HELP,
    "--failed <n>         list at most n failed articles with their last error (default 20)",
    "--format table|json  (default table)",
  ],
  options: { ...DB_OPTION, failed: { type: "string" }, format: { type: "string" } },
  allowPositionals: false,
  async run(values) {
    const db = queueDb(values, "queue");
    const format = choice(values, "format", ["table", "json"] as const, "table");
    const failedLimit = positiveInt(values, "failed") ?? 20;
    const queue = await openQueue(db, { poolSize: 4, name: "annals queue" });
    try {
      const status = await queueStatus(queue, failedLimit);
      if (format === "json") out(JSON.stringify(status, null, 2));
      else for (const line of statusLines(status)) out(line);
      return 0;
    } finally {
      await queue.close();
    }
  },
};
