import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import type { Store } from "../store/store.js";
import { apiRoutes } from "./api.js";
import { HttpError, sendError, sendJson as sendJsonReply } from "./http.js";
import { IngestJobs } from "./ingest/jobs.js";
import { tooLarge } from "./ingest/limits.js";
import { checkRequestSource } from "./origin.js";
import { matchRoute, type Route } from "./router.js";
import { DEFAULT_UI_DIR, serveStatic } from "./static.js";

export interface ServerOptions {
  /** Folder of the built web UI (default `dist/web/` of this package). */
  uiDir?: string;
  /** Largest request body of an upload, in bytes (default 50 MB). */
  maxUploadBytes?: number;
  /** Folder under which uploads are kept until ingested (default the OS temporary folder). */
  uploadTmpDir?: string;
  /** Host names served besides IP addresses and `localhost` (the `--host` name is added by `listen`). */
  allowedHosts?: string[];
  /** Called with each internal error (a 500), e.g. to log it; the client sees one line. */
  onError?: (error: Error) => void;
}

/** A running (or ready to run) `annals serve`. */
export interface AnnalsServer {
  readonly server: Server;
  readonly routes: readonly Route[];
  readonly jobs: IngestJobs;
  /** Starts listening (port 0 picks a free one); resolves to the base URL, e.g. `http://127.0.0.1:4300`. */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops accepting connections and waits for running uploads; the store stays open (its owner closes it). */
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4300;
export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_MAX_UPLOAD = 50 * 1024 * 1024;

/**
 * The HTTP JSON API over a store, and the web UI's files. Bound to 127.0.0.1 unless told otherwise.
 *
 * @example
 * const app = createServer(await openStore("annals.db"));
 * const url = await app.listen(0); // "http://127.0.0.1:49152"
 * const health = await (await fetch(`${url}/api/health`)).json();
 */
export function createServer(store: Store, options: ServerOptions = {}): AnnalsServer {
  const jobs = new IngestJobs(store);
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD;
  const routes = apiRoutes({
    store,
    jobs,
    maxUploadBytes,
    uploadParent: options.uploadTmpDir ?? tmpdir(),
  });
  const uiDir = options.uiDir ?? DEFAULT_UI_DIR;
  const hostNames = new Set((options.allowedHosts ?? []).map((h) => h.toLowerCase()));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    checkRequestSource(req, hostNames);
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!url.pathname.startsWith("/api/") && url.pathname !== "/api") return serveStatic(req, res, uiDir);
    const match = matchRoute(routes, req.method ?? "GET", url.pathname);
    if (match.kind === "none") throw new HttpError(404, `no API endpoint ${url.pathname}`);
    const reply = await match.route.handle({ req, res, url, params: match.params });
    if (!res.headersSent) sendJsonReply(res, reply.status, reply.body);
  }

  const server = createHttpServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpError) return sendError(res, error.status, error.message, error.headers);
      options.onError?.(error);
      sendError(res, 500, `internal error: ${error.message.split("\n")[0]}`);
    });
  });

  // `Expect: 100-continue` (curl's large uploads): a body declared over the limit is refused before it is sent.
  server.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => {
    const declared = Number(req.headers["content-length"] ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxUploadBytes) {
      const error = tooLarge(maxUploadBytes);
      return sendError(res, error.status, error.message, error.headers);
    }
    res.writeContinue();
    server.emit("request", req, res);
  });

  return {
    server,
    routes,
    jobs,
    listen(port = DEFAULT_PORT, host = DEFAULT_HOST) {
      hostNames.add(host.toLowerCase());
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          const address = server.address() as AddressInfo;
          const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
          resolve(`http://${shown}:${address.port}`);
        });
      });
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await jobs.idle();
    },
  };
}
