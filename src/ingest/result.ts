import type { RawArticle, ReadResult, Rejection } from "./article.js";

/** Input formats a reader can produce; the value stored in `RawArticle.format`. */
export type Format = "text" | "html" | "json" | "jsonl" | "feed";

/** Options every reader understands. */
export interface ReadOptions {
  /** Force a decoding instead of BOM / UTF-8 detection. */
  encoding?: "utf-8" | "latin1" | "windows-1252";
  /** Largest single-article file (or JSONL line) read, in bytes. Default 20 MB. */
  maxBytes?: number;
  /**
   * Origins are shown relative to this folder, prefixed with `originLabel` (e.g. an upload's private
   * temp folder → `upload:articles.json#2`), so a stored origin does not leak where a file sat.
   */
  originRoot?: string;
  originLabel?: string;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** A rejection as a read result: `reject("a.txt", "empty", "file is empty")`. */
export function reject(origin: string, code: string, reason: string): ReadResult {
  return { kind: "rejected", rejection: { origin, code, reason } };
}

/** Wraps a Rejection value as a read result: `rejected(decodeBytes(...))` when it did not decode. */
export function rejected(rejection: Rejection): ReadResult {
  return { kind: "rejected", rejection };
}

/** An article as a read result; unset fields default to null: `accept({ origin: "-", text: "…", format: "text" })`. */
export function accept(fields: Pick<RawArticle, "origin" | "text" | "format"> & Partial<RawArticle>): ReadResult {
  const article: RawArticle = {
    title: null,
    source: null,
    url: null,
    externalId: null,
    publishedAt: null,
    dateSource: null,
    ...fields,
  };
  return { kind: "article", article };
}

/** Human size for reasons: 52428800 → "50.0 MB". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** Keeps a reason on one line, as the CLI prints `origin: reason`: "Unexpected\n token" → "Unexpected token". */
export function oneLine(reason: string): string {
  return reason.replace(/\s+/g, " ").trim();
}

/**
 * The OS reason in plain words: "ENOENT: no such file or directory, stat 'x'" → "no such file or directory".
 * @example osReason(Object.assign(new Error("EACCES: permission denied, open '/a'"), { code: "EACCES" })) // → "permission denied"
 */
export function osReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const plain = /^[A-Z]+: (.*?)(?:, \w+ '.*')?$/s.exec(message)?.[1] ?? message;
  return plain.replace(/\s+/g, " ").trim();
}
