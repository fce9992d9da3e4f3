export { CSV_COLUMNS, csvHeader, toCsvRow } from "./csv.js";
export {
  cameoActorCode,
  NULL_CODE,
  PETRARCH_FIELDS,
  type PetrarchOptions,
  petrarchDate,
  toPetrarchRows,
} from "./petrarch.js";
export { type PloverRecord, ploverEntity, QUAD_CODES, toPlover } from "./plover.js";
export { cachedDocuments, type ExportOptions, exportEvents, type LineWriter, streamWriter } from "./stream.js";
export { type DocumentMeta, EXPORT_FORMATS, type ExportFormat } from "./types.js";
