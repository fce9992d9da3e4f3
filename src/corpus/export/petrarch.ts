import type { EventActor, EventRecord } from "../../model/records.js";
import type { DocumentMeta } from "./types.js";

/**
 * PETRARCH 2 event lines, as `write_events` in openeventdata/petrarch2 `petrarch2/PETRwriter.py`
 * writes them: tab-separated
 *
 *     date  source  target  CAMEO  issues  ids  url  story_source
 *
 * - date: `YYYYMMDD` (PETRARCH's `_format_datestr`). A month-precision date is written as the
 *   first of the month (`2023-06` → `20230601`), a year as 1 January (`2023` → `20230101`):
 *   PETRARCH's readers parse 8 digits; the PLOVER and CSV exports keep the real precision.
 *   Undated events are left out: every PETRARCH event carries its story's date.
 * - source/target: CAMEO actor codes, country + sector (`USAGOV`, `CHNMIL`); `---` stands for
 *   an unknown country (`---GOV`), PETRARCH's null code.
 * - issues: the event's PLOVER contexts in PETRARCH's `ISSUE,COUNT;…` form, each counted once.
 * - ids: PETRARCH's `storyid_sentence`, here `doc_id_sentence` for each mention, `;`-joined.
 * - url and story_source: from the first mention's document. An unknown url is "" and an unknown
 *   (or blank) source `NULL`: PETRARCH's `write_events` and `pipe_output` write a story without
 *   a source so, and readers of its lines (the Phoenix pipeline's one-a-day filter) carry the
 *   field through as it is. PETRARCH drops the url column when a story has none; annals always
 *   writes it, empty, so every line has the same 8 fields.
 *
 * One line per actor × recipient pair (PETRARCH codes dyads). PETRARCH's default
 * `require_dyad = True` drops events without a source or target, and so does this export;
 * `keepMonads` writes them with `---` on the missing side (PETRARCH's `require_dyad = False`).
 */
export const PETRARCH_FIELDS = ["date", "source", "target", "cameo", "issues", "ids", "url", "story_source"] as const;

export const NULL_CODE = "---";

/** PETRARCH's story_source for a story that names none. */
const NULL_SOURCE = "NULL";

export interface PetrarchOptions {
  /** Write events missing a side with the null code `---` instead of leaving them out. */
  keepMonads?: boolean;
}

/**
 * A partial date as PETRARCH's 8-digit date, or null when undated.
 *
 * @example petrarchDate("2023-06") // "20230601"
 */
export function petrarchDate(date: string | null): string | null {
  if (!date) return null;
  const [y, m = "01", d = "01"] = date.split("-");
  return `${y}${m}${d}`;
}

/**
 * A participant's CAMEO actor code: country then sector, `---` for an unknown country.
 *
 * @example cameoActorCode(person("wang-yi", "Wang Yi", "CHN")) // "CHNGOV"
 */
export function cameoActorCode(a: EventActor): string {
  const code = `${a.country ?? NULL_CODE}${a.sector ?? ""}`;
  return code.toUpperCase();
}

/** Tabs and line breaks inside a field would break the line: each becomes one space. */
const clean = (s: string) => s.replace(/[\t\r\n]+/g, " ");

/**
 * An event's PETRARCH lines (without the trailing newline): one per distinct actor × recipient
 * code pair, none when the event is undated or (without `keepMonads`) misses a side.
 *
 * @example toPetrarchRows(eventRecord({ date: "2023-06-18", actors: [usa], recipients: [chn] })) // ["20230618\tUSAGOV\tCHNGOV\t040\t\t…"]
 */
export function toPetrarchRows(
  e: EventRecord,
  doc: DocumentMeta | null = null,
  options: PetrarchOptions = {},
): string[] {
  const date = petrarchDate(e.date);
  if (date === null) return [];
  const codes = (list: EventActor[]) => [...new Set(list.map(cameoActorCode))];
  let sources = codes(e.actors);
  let targets = codes(e.recipients);
  if (sources.length === 0 || targets.length === 0) {
    if (!options.keepMonads || (sources.length === 0 && targets.length === 0)) return [];
    if (sources.length === 0) sources = [NULL_CODE];
    if (targets.length === 0) targets = [NULL_CODE];
  }
  const issues = e.context.map((c) => `${c},1`).join(";");
  const ids = [...new Set(e.mentions.map((m) => `${m.doc_id}_${m.sentence}`))].join(";");
  const tail = [e.cameo, issues, ids, doc?.url ?? "", doc?.source?.trim() || NULL_SOURCE].map(clean);
  const rows: string[] = [];
  for (const source of sources) for (const target of targets) rows.push([date, source, target, ...tail].join("\t"));
  return rows;
}
