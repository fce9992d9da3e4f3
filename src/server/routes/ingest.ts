import { mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import type { IngestAccepted } from "../api-types.js";
import type { ApiDeps } from "../deps.js";
import { HttpError, type RequestContext } from "../http.js";
import { writeJsonUpload } from "../ingest/json-upload.js";
import { readBody } from "../ingest/limits.js";
import { receiveFiles } from "../ingest/multipart.js";
import { ok, type Route } from "../router.js";

/** Receives an upload into `dir`; returns the uploaded bytes. */
async function receive({ req }: RequestContext, dir: string, maxBytes: number): Promise<number> {
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    const { files, bytes } = await receiveFiles(req, dir, maxBytes);
    if (files === 0)
      throw new HttpError(400, "the upload holds no files (send them as multipart/form-data file fields)");
    return bytes;
  }
  if (type.startsWith("application/json")) return writeJsonUpload(await readBody(req, maxBytes), dir);
  throw new HttpError(415, `Content-Type must be multipart/form-data or application/json (got "${type || "none"}")`);
}

/**
 * `POST /api/ingest`: files (multipart/form-data) or `{ articles: [...] }` (JSON) into a private
 * temporary folder, ingested in the background: `202 { job_id }`. `GET /api/ingest/:job_id`: its progress.
 */
export function ingestRoutes({ jobs, maxUploadBytes, uploadParent }: ApiDeps): Route[] {
  return [
    {
      method: "POST",
      path: "/api/ingest",
      async handle(ctx) {
        const dir = await mkdtemp(join(uploadParent, "annals-upload-"));
        let total: number;
        try {
          total = await receive(ctx, dir, maxUploadBytes);
        } catch (error) {
          await rm(dir, { recursive: true, force: true });
          throw error;
        }
        const body: IngestAccepted = { job_id: jobs.start(dir, total) };
        return { status: 202, body };
      },
    },
    {
      method: "GET",
      path: "/api/ingest/:job_id",
      async handle({ params }) {
        const status = jobs.get(params.job_id ?? "");
        if (!status) throw new HttpError(404, `no ingest job "${params.job_id}"`);
        return ok(status);
      },
    },
  ];
}
