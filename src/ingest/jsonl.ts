import type { ReadResult } from "./article.js";
import { decodeBytes } from "./decode.js";
import { type Line, splitLines } from "./lines.js";
import { articleFromRecord } from "./record.js";
import { DEFAULT_MAX_BYTES, formatBytes, oneLine, osReason, type ReadOptions, reject, rejected } from "./result.js";

/**
 * A JSONL stream → one result per non-blank line, origin `path:LINE`. Memory stays bounded by the
 * longest accepted line: a line over `maxBytes` is rejected `too-large`, a malformed one `json`, and the
 * other lines still yield articles.
 * @example readJsonl(fs.createReadStream("a.jsonl"), "a.jsonl") // yields results for a.jsonl:1, a.jsonl:2 …
 */
export async function* readJsonl(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  origin: string,
  options: ReadOptions = {},
): AsyncGenerator<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let count = 0;
  try {
    for await (const line of splitLines(chunks, maxBytes)) {
      const result = readLine(line, origin, maxBytes, options);
      if (result) {
        count++;
        yield result;
      }
    }
  } catch (error) {
    yield reject(origin, "unreadable", osReason(error));
    return;
  }
  if (count === 0) yield reject(origin, "empty", "no JSON lines in the input");
}

function readLine(line: Line, origin: string, maxBytes: number, options: ReadOptions): ReadResult | null {
  const at = `${origin}:${line.lineNo}`;
  if ("tooLong" in line) {
    return reject(at, "too-large", `line is ${formatBytes(line.tooLong)}, over the ${formatBytes(maxBytes)} limit`);
  }
  if (isBlank(line.bytes)) return null;
  const text = decodeBytes(line.bytes, at, options);
  if (typeof text !== "string") return rejected(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return reject(at, "json", `invalid JSON: ${oneLine((error as Error).message)}`);
  }
  return articleFromRecord(value, at, "jsonl");
}

/** Spaces, tabs and CR only (a UTF-8 BOM on line 1 counts as blank space too). */
function isBlank(bytes: Buffer): boolean {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  return body.every((b) => b === 0x20 || b === 0x09 || b === 0x0d);
}
