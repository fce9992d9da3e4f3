import { createWriteStream } from "node:fs";
import type { IncomingMessage } from "node:http";
import { basename, extname, join } from "node:path";
import { finished } from "node:stream/promises";
import busboy from "busboy";
import { HttpError } from "../http.js";
import { checkDeclaredLength, tooLarge } from "./limits.js";

const MAX_FILES = 1000;

/**
 * A safe file name for an upload: the client's base name with anything but letters, digits, `.`,
 * `-` and `_` replaced, never hidden, never empty, made unique among `taken` (`talks-2.txt`).
 * @example safeName("../../etc/passwd", new Set()) // "passwd"
 */
export function safeName(clientName: string, taken: Set<string>): string {
  const base = basename(clientName.replaceAll("\\", "/"))
    .replace(/[^\p{L}\p{N}._-]/gu, "_")
    .replace(/^\.+/, "");
  const ext = extname(base).slice(0, 16);
  const stem = (base.slice(0, base.length - ext.length) || "upload").slice(0, 100);
  let name = `${stem}${ext}`;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${stem}-${i}${ext}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Streams the files of a multipart/form-data request into `dir` (form fields are ignored), at most
 * `maxBytes` for the whole request: over it, a 413. Returns the files written and their bytes.
 */
export function receiveFiles(
  req: IncomingMessage,
  dir: string,
  maxBytes: number,
): Promise<{ files: number; bytes: number }> {
  checkDeclaredLength(req, maxBytes);
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: MAX_FILES, fileSize: maxBytes, fields: 100 } });
    } catch (error) {
      reject(new HttpError(400, `bad multipart request: ${(error as Error).message}`));
      return;
    }
    const writes: Promise<void>[] = [];
    const taken = new Set<string>();
    let received = 0;
    let bytes = 0;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      req.unpipe(parser);
      req.resume(); // drain the rest, so the error answer reaches the client
      reject(error);
    };
    req.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) fail(tooLarge(maxBytes));
    });
    parser.on("file", (_field, stream, info) => {
      if (failed || !info.filename) {
        stream.resume();
        return;
      }
      const out = createWriteStream(join(dir, safeName(info.filename, taken)), { mode: 0o600 });
      stream.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
      });
      stream.on("limit", () => fail(tooLarge(maxBytes)));
      writes.push(finished(stream.pipe(out)).then(() => undefined));
    });
    parser.on("filesLimit", () => fail(new HttpError(413, `at most ${MAX_FILES} files per upload`)));
    parser.on("error", (error: Error) => fail(new HttpError(400, `bad multipart request: ${error.message}`)));
    parser.on("close", () => {
      if (failed) return;
      Promise.all(writes).then(
        () => resolve({ files: writes.length, bytes }),
        (error: Error) => fail(error),
      );
    });
    req.pipe(parser);
  });
}
