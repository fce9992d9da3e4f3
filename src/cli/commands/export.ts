import { cachedDocuments, EXPORT_FORMATS, exportEvents, streamWriter } from "../../corpus/export/index.js";
import { openStore } from "../../store/open.js";
import { type Command, choice, DB_HELP, DB_OPTION, FILTER_HELP, FILTER_OPTIONS, stringValue } from "../command.js";
import { eventFilterFrom } from "../filters.js";

/**
 * `annals export`: streams every event (or those the filters select) to stdout in a format
 * existing analysis code reads: PLOVER JSONL, CSV or PETRARCH's tab-delimited CAMEO lines.
 *
 * @example annals export --format petrarch --dyad CHN,USA > events.tsv
 */
export const exportCommand: Command = {
  name: "export",
  summary: "stream events as PLOVER JSONL, CSV or PETRARCH tab-delimited CAMEO",
  usage: "annals export --format plover|csv|petrarch [--keep-monads] [--actor X] [--dyad A,B] [--type T] [--db <path>]",
  help: [
    DB_HELP,
    "--format plover|csv|petrarch  PLOVER 2.0 JSON lines (default), CSV with a header,",
    "                        or PETRARCH 2 lines: date source target CAMEO issues ids url story_source",
    "--keep-monads           petrarch: write events missing a side with the null code ---",
    "                        (default: left out, as PETRARCH's require_dyad = True does)",
    ...FILTER_HELP,
  ],
  options: { ...DB_OPTION, ...FILTER_OPTIONS, format: { type: "string" }, "keep-monads": { type: "boolean" } },
  allowPositionals: false,
  async run(values) {
    const format = choice(values, "format", EXPORT_FORMATS, "plover");
    const filter = eventFilterFrom(values);
    const store = await openStore(stringValue(values, "db") ?? "./annals.db");
    try {
      await exportEvents(store.streamEvents(filter), format, streamWriter(process.stdout), {
        keepMonads: values["keep-monads"] === true,
        document: cachedDocuments((id) => store.getDocument(id)),
      });
      return 0;
    } finally {
      await store.close();
    }
  },
};
