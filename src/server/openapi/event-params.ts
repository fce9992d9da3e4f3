import { query } from "./helpers.js";
import type { Parameter } from "./types.js";

const DATE = { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" };

/** The filters `GET /api/events` and `GET /api/timeline` share (the CLI's `--actor --dyad --type --from --to --doc --text`). */
export const EVENT_FILTERS: Parameter[] = [
  query("actor", "actor id, name, alias or country code: events with it on either side"),
  query("dyad", "two actors separated by a comma (CHN,USA): one on each side, either direction"),
  {
    ...query("type", "PLOVER event types, comma-separated or repeated (CONSULT,AGREE)", {
      type: "array",
      items: { type: "string" },
    }),
    style: "form",
    explode: true,
  },
  query("from", "events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)", DATE),
  query("to", "events on or before this date", DATE),
  query("doc", "events with a mention in this document"),
  query("q", "full-text query over the source documents"),
  query("status", "comma-separated statuses: reported, future, hypothetical, negated"),
];
