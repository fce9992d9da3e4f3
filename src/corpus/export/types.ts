import type { StoredDocument } from "../../store/store.js";

/** The export formats `annals export --format` writes. */
export const EXPORT_FORMATS = ["plover", "csv", "petrarch"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an export says about the article an event's first mention stands on. */
export type DocumentMeta = Pick<StoredDocument, "doc_id" | "url" | "source" | "title" | "language" | "ingested_at">;
