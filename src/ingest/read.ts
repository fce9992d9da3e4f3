import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, relative } from "node:path";
import type { ReadResult } from "./article.js";
import { binaryReason, decodeBytes } from "./decode.js";
import { readJsonl } from "./jsonl.js";
import { parseContent } from "./parse.js";
import { DEFAULT_MAX_BYTES, formatBytes, osReason, type ReadOptions, reject, rejected } from "./result.js";
import { formatForExtension, KNOWN_EXTENSIONS, sniffFormat } from "./sniff.js";
import { readStdin } from "./stdin.js";
import { walkInputs } from "./walk.js";

/**
 * Reads articles from files, folders (recursed) and `-` (stdin), one result per article or rejected
 * input; a bad input never stops the batch. Files are read by extension (.txt .md .text, .html .htm,
 * .json, .jsonl .ndjson, .xml .rss .atom). A file without extension is sniffed: markup or JSON by its
 * content, else plain text. A file with another extension is read only if its content is a page or a
 * feed, else rejected `unsupported` (so a folder's .csv or .js files are not taken for articles).
 * @example
 * for await (const r of readInputs(["../shared/seeds", "extra.jsonl"])) {
 *   if (r.kind === "article") console.log(r.article.origin, r.article.publishedAt);
 *   else console.error(`${r.rejection.origin}: ${r.rejection.reason}`);
 * }
 */
export async function* readInputs(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const root = options.originRoot;
  for await (const result of readAll(inputs, options)) {
    if (root === undefined) yield result;
    else if (result.kind === "article") {
      yield { ...result, article: { ...result.article, origin: shownOrigin(root, result.article.origin, options) } };
    } else
      yield {
        ...result,
        rejection: { ...result.rejection, origin: shownOrigin(root, result.rejection.origin, options) },
      };
  }
}

function shownOrigin(root: string, origin: string, options: ReadOptions): string {
  return `${options.originLabel ?? ""}${relative(root, origin)}`;
}

async function* readAll(inputs: string[], options: ReadOptions): AsyncGenerator<ReadResult> {
  for await (const entry of walkInputs(inputs)) {
    if (entry.kind === "stdin") yield* readStdin(process.stdin, options);
    else if (entry.kind === "error") yield reject(entry.path, "unreadable", entry.reason);
    else yield* readOneFile(entry.path, entry.size, options);
  }
}

/**
 * One file → results. Its size is checked before reading: a whole-file format over `maxBytes` is
 * rejected `too-large` unread. JSONL is streamed, so only its lines are limited.
 * @example readOneFile("talks.html", 5120) // yields one result with origin "talks.html"
 */
export async function* readOneFile(path: string, size: number, options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const ext = extname(path).toLowerCase();
  const byExtension = formatForExtension(ext);
  if (byExtension === "jsonl") {
    yield* readJsonl(createReadStream(path), path, options);
    return;
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > maxBytes) {
    yield reject(path, "too-large", `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield reject(path, "unreadable", osReason(error));
    return;
  }
  if (!byExtension && ext !== "") {
    const binary = bytes.length > 0 ? binaryReason(bytes) : null;
    if (binary) {
      yield reject(path, "binary", binary);
      return;
    }
  }
  const text = decodeBytes(bytes, path, options);
  if (typeof text !== "string") {
    yield rejected(text);
    return;
  }
  const format = byExtension ?? contentFormat(text, ext);
  if (format === "jsonl") {
    // An extensionless file starting with "{": JSONL read from memory (it passed the size limit).
    yield* readJsonl([bytes], path, options);
  } else if (format) {
    yield* parseContent(format, text, path);
  } else {
    yield reject(path, "unsupported", `unsupported file type "${ext}" (read: ${KNOWN_EXTENSIONS})`);
  }
}

/** Format of a file whose extension says nothing: without extension plain text is allowed. */
function contentFormat(text: string, ext: string): ReturnType<typeof sniffFormat> {
  const sniffed = sniffFormat(text);
  if (ext === "") return sniffed ?? "text";
  return sniffed === "html" || sniffed === "feed" ? sniffed : null;
}
