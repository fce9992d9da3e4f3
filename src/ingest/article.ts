/**
 * An article as read from an input, before analysis. Readers fill what the input states;
 * nothing is guessed here except the publication date, whose `basis` says where it came from.
 */
export interface RawArticle {
  /** Where it came from: a path, `path:line` for JSONL, `path#item-3` for feeds, or `-` for stdin. */
  origin: string;
  /** Body text (header lines, markup and boilerplate removed). The stored document text. */
  text: string;
  title: string | null;
  source: string | null;
  url: string | null;
  /** External id from the input (JSON `id`), if any. */
  externalId: string | null;
  /** `YYYY-MM-DD` (or with time `YYYY-MM-DDTHH:MM`) when known, else null (undated). */
  publishedAt: string | null;
  /** How the date was found: `header`, `stamp`, `dateline`, `meta`, `json`, `feed`, or null. */
  dateSource: string | null;
  /** The input format: `text`, `html`, `json`, `jsonl`, `feed`. */
  format: string;
}

/** An input that could not be read as an article. Loses nothing else: the batch goes on. */
export interface Rejection {
  origin: string;
  /** Stable code: `empty`, `binary`, `encoding`, `too-large`, `json`, `no-text`, `unreadable`, `unsupported`. */
  code: string;
  reason: string;
}

export type ReadResult = { kind: "article"; article: RawArticle } | { kind: "rejected"; rejection: Rejection };
