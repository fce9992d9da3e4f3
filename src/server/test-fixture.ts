import { request } from "node:http";
import { fileURLToPath } from "node:url";
import { ingest } from "../corpus/ingest.js";
import { openStore } from "../store/open.js";
import type { Store } from "../store/store.js";
import type { IngestJobStatus } from "./api-types.js";
import { type AnnalsServer, createServer, type ServerOptions } from "./server.js";

/** The `samples/` folder of the package. */
export const SAMPLES = fileURLToPath(new URL("../../samples/", import.meta.url));

/** A server on a free port over an in-memory store holding `samples/` (or nothing). */
export interface TestServer {
  app: AnnalsServer;
  store: Store;
  url: string;
  /** GET (or any method) `path` and parse the JSON answer. */
  json<T = Record<string, unknown>>(
    path: string,
    init?: RequestInit,
  ): Promise<{ status: number; body: T; res: Response }>;
  stop(): Promise<void>;
}

export async function startTestServer(options: ServerOptions & { samples?: boolean } = {}): Promise<TestServer> {
  const store = await openStore(":memory:");
  if (options.samples !== false) await ingest(store, [SAMPLES]);
  const app = createServer(store, options);
  const url = await app.listen(0);
  return {
    app,
    store,
    url,
    async json<T>(path: string, init?: RequestInit) {
      const res = await fetch(url + path, init);
      return { status: res.status, body: (await res.json()) as T, res };
    },
    async stop() {
      await app.close();
      await store.close();
    },
  };
}

/**
 * A request with the path sent exactly as written: `fetch` would normalise `/../` away before it
 * leaves, which is not what an attacker's client does.
 */
export function rawGet(
  url: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

/** Polls a job until it leaves `running`, keeping every status seen. */
export async function untilDone(t: TestServer, jobId: string): Promise<IngestJobStatus[]> {
  const seen: IngestJobStatus[] = [];
  for (let i = 0; i < 400; i++) {
    const { status, body } = await t.json<IngestJobStatus>(`/api/ingest/${jobId}`);
    if (status !== 200) throw new Error(`job ${jobId}: status ${status}`);
    seen.push(body);
    if (body.state !== "running") return seen;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("job did not finish");
}
