import { once } from "node:events";
import type { Writable } from "node:stream";
import type { EventRecord } from "../../model/records.js";
import { csvHeader, toCsvRow } from "./csv.js";
import { type PetrarchOptions, toPetrarchRows } from "./petrarch.js";
import { toPlover } from "./plover.js";
import type { DocumentMeta, ExportFormat } from "./types.js";

/** Receives one line (no newline); awaited, so a slow consumer slows the export down. */
export type LineWriter = (line: string) => void | Promise<void>;

export interface ExportOptions extends PetrarchOptions {
  /** The document an event's first mention stands on (url, source, title), or null. */
  document?: (docId: string) => Promise<DocumentMeta | null>;
}

/**
 * Writes each event as it arrives, in `format`: nothing but the current event is held, so an
 * export runs in constant memory whatever the store's size. Returns the number of lines written.
 *
 * @example await exportEvents(store.streamEvents({}), "plover", streamWriter(process.stdout))
 */
export async function exportEvents(
  events: AsyncIterable<EventRecord>,
  format: ExportFormat,
  write: LineWriter,
  options: ExportOptions = {},
): Promise<number> {
  let lines = 0;
  if (format === "csv") {
    await write(csvHeader());
    lines++;
  }
  for await (const e of events) {
    const docId = e.mentions[0]?.doc_id;
    const doc = docId && options.document && format !== "csv" ? await options.document(docId) : null;
    const out = format === "csv" ? [toCsvRow(e)] : format === "plover" ? [JSON.stringify(toPlover(e, doc))] : [];
    if (format === "petrarch") out.push(...toPetrarchRows(e, doc, options));
    for (const line of out) {
      await write(line);
      lines++;
    }
  }
  return lines;
}

/**
 * A line writer for a stream that respects backpressure: when `write` returns false it waits for
 * 'drain'. An EPIPE (`annals export | head`) rejects the wait; the CLI ends quietly on it.
 *
 * @example const write = streamWriter(process.stdout); await write("one line");
 */
export function streamWriter(stream: Writable): LineWriter {
  return async (line) => {
    if (!stream.write(`${line}\n`)) await once(stream, "drain");
  };
}

/**
 * Looks documents up through `get`, remembering the last few hundred, text dropped (events of
 * one article come together in date order often enough for a small cache to pay).
 *
 * @example const document = cachedDocuments((id) => store.getDocument(id));
 */
export function cachedDocuments(
  get: (docId: string) => Promise<DocumentMeta | null>,
  size = 512,
): (docId: string) => Promise<DocumentMeta | null> {
  const cache = new Map<string, DocumentMeta | null>();
  return async (docId) => {
    if (cache.has(docId)) return cache.get(docId) ?? null;
    const found = await get(docId);
    // keep only what the exports write, not the article's text
    const doc = found && {
      doc_id: found.doc_id,
      url: found.url,
      source: found.source,
      title: found.title,
      language: found.language,
      ingested_at: found.ingested_at,
    };
    if (cache.size >= size) cache.delete(cache.keys().next().value as string);
    cache.set(docId, doc);
    return doc;
  };
}
