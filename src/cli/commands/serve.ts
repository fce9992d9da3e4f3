import { once } from "node:events";
import { createServer, DEFAULT_HOST, DEFAULT_PORT } from "../../server/server.js";
import { openStore } from "../../store/open.js";
import { type Command, DB_HELP, DB_OPTION, positiveInt, stringValue, UsageError } from "../command.js";
import { out } from "../format.js";

/** `./annals.db` as given; a server URL is reduced to its kind, since it may hold a password. */
const storeLabel = (kind: string, db: string) => (/^[a-z]+:\/\//i.test(db) ? kind : `${kind} ${db}`);

export const serveCommand: Command = {
  name: "serve",
  summary: "the HTTP JSON API and the web UI",
  usage: "annals serve [--port 4300] [--host 127.0.0.1] [--max-upload <MB>] [--db <path>]",
  help: [
    DB_HELP,
    `--port <n>           port (default ${DEFAULT_PORT}; 0 picks a free one)`,
    `--host <name>        address to bind (default ${DEFAULT_HOST}: this machine only)`,
    "--max-upload <MB>    largest upload request, in MB (default 50)",
  ],
  options: { ...DB_OPTION, port: { type: "string" }, host: { type: "string" }, "max-upload": { type: "string" } },
  allowPositionals: false,
  async run(values) {
    const port = positiveInt(values, "port") ?? DEFAULT_PORT;
    if (port > 65535) throw new UsageError(`--port must be at most 65535 (got ${port})`);
    const host = stringValue(values, "host") ?? DEFAULT_HOST;
    const maxMb = positiveInt(values, "max-upload");
    if (maxMb === 0) throw new UsageError("--max-upload must be at least 1 (MB)");
    const db = stringValue(values, "db") ?? "./annals.db";
    const store = await openStore(db);
    const app = createServer(store, {
      ...(maxMb ? { maxUploadBytes: maxMb * 1024 * 1024 } : {}),
      onError: (e) => process.stderr.write(`annals serve: ${e.message}\n`),
    });
    try {
      const url = await app.listen(port, host).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "EADDRINUSE") throw new UsageError(`port ${port} on ${host} is in use (try --port 0)`);
        if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND")
          throw new UsageError(`cannot bind to --host ${host}: no such address on this machine`);
        throw error;
      });
      out(`annals serve: ${url} (store: ${storeLabel(store.kind, db)})`);
      await Promise.race([once(process, "SIGINT"), once(process, "SIGTERM")]);
      await app.close();
      return 0;
    } finally {
      await store.close();
    }
  },
};
