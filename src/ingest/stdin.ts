import type { ReadResult } from "./article.js";
import { decodeBytes } from "./decode.js";
import { readJsonl } from "./jsonl.js";
import { parseContent } from "./parse.js";
import { DEFAULT_MAX_BYTES, formatBytes, type ReadOptions, reject, rejected } from "./result.js";
import { sniffFormat } from "./sniff.js";

const ORIGIN = "-";

/**
 * Standard input, sniffed: `{` → JSONL (streamed) unless the first line is not a whole JSON value
 * (then one pretty-printed JSON object), `[` → JSON, `<rss`/`<feed` → feed, `<html`/`<!doctype` → HTML,
 * anything else → text with header lines. Non-JSONL input over `maxBytes` is rejected `too-large`.
 * @example readStdin(process.stdin) // yields results with origin "-" (or "-:3" for JSONL line 3)
 */
export async function* readStdin(
  stream: AsyncIterable<Uint8Array>,
  options: ReadOptions = {},
): AsyncGenerator<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let ended = false;
  // Read up to the end of the first line: enough to sniff, and to tell JSONL from pretty JSON.
  while (size <= maxBytes && !head.some((b) => b.includes(10))) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(Buffer.from(next.value));
    size += next.value.length;
  }
  const start = Buffer.concat(head);
  const sniffed = sniffFormat(start.toString("utf8", 0, Math.min(start.length, 4096)));
  if (sniffed === "jsonl" && isJsonLine(start)) {
    yield* readJsonl(prepend(start, chunks), ORIGIN, options);
    return;
  }
  const parts = [start];
  while (!ended && size <= maxBytes) {
    const next = await chunks.next();
    if (next.done) break;
    parts.push(Buffer.from(next.value));
    size += next.value.length;
  }
  if (size > maxBytes) {
    yield reject(ORIGIN, "too-large", `standard input is over the ${formatBytes(maxBytes)} limit`);
    return;
  }
  const text = decodeBytes(Buffer.concat(parts), ORIGIN, options);
  if (typeof text !== "string") {
    yield rejected(text);
    return;
  }
  yield* parseContent(sniffed === "jsonl" ? "json" : (sniffed ?? "text"), text, ORIGIN);
}

function isJsonLine(start: Buffer): boolean {
  const nl = start.indexOf(10);
  try {
    JSON.parse(start.toString("utf8", 0, nl < 0 ? start.length : nl).replace(/^\uFEFF/, ""));
    return true;
  } catch {
    return false;
  }
}

async function* prepend(first: Buffer, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}
