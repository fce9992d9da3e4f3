import type { IncomingMessage } from "node:http";
import { HttpError } from "../http.js";

/** `50 MB`, `1.5 MB`, `900 KB`. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

/** The 413 of a request body over the limit. */
export function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, `upload is larger than the ${formatSize(maxBytes)} limit (see --max-upload)`, {
    Connection: "close",
  });
}

/** Refuses, before reading it, a body whose declared length is over the limit. */
export function checkDeclaredLength(req: IncomingMessage, maxBytes: number): void {
  const declared = Number(req.headers["content-length"] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
}

/** Reads a whole (small) body into memory, at most `maxBytes`. */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  checkDeclaredLength(req, maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      req.resume();
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
