/**
 * PETRARCH-2 unit-test records (`PETR.UnitTest.records.jsonl`): one stylised sentence, its date and
 * the CAMEO triples PETRARCH must code from it. Read line by line into typed records; a line that
 * does not parse is reported with its number, never thrown.
 */

/** One gold CAMEO triple; a side missing or coded `---` (PETRARCH's "no actor") is null. */
export interface GoldTriple {
  source: string | null;
  target: string | null;
  /** The CAMEO event code, e.g. `064` (the suite also has made-up ones: `903`, `174K`). */
  cameo: string;
}

export interface PetrarchRecord {
  id: string;
  category: string;
  /** `YYYY-MM-DD` (the file writes `YYYYMMDD`). */
  date: string;
  text: string;
  events: GoldTriple[];
  /** The sentence must code no event. */
  noEvents: boolean;
  /** An input error PETRARCH must report (`dateline`, `storydiscard`…); these records test its input handling. */
  error: string | null;
}

export interface ParsedRecords {
  records: PetrarchRecord[];
  bad: { line: number; reason: string }[];
}

/** An actor code as gold: `---`, `###` and empty sides name no actor. */
function actorCode(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const code = value.trim().toUpperCase();
  return /^[A-Z]{3}/.test(code) ? code : null;
}

function toRecord(raw: Record<string, unknown>): PetrarchRecord | string {
  const { id, date, text } = raw;
  if (typeof id !== "string" || typeof text !== "string") return "no id or text";
  if (typeof date !== "string" || !/^\d{8}$/.test(date)) return `date "${String(date)}" is not YYYYMMDD`;
  const events: GoldTriple[] = [];
  for (const e of Array.isArray(raw.events) ? raw.events : []) {
    const cameo = (e as Record<string, unknown>)?.eventcode;
    if (typeof cameo !== "string" || !/^\d{2}[0-9A-Z]{0,2}$/.test(cameo)) return `event code "${String(cameo)}"`;
    const { sourcecode, targetcode } = e as Record<string, unknown>;
    events.push({ source: actorCode(sourcecode), target: actorCode(targetcode), cameo });
  }
  return {
    id,
    category: typeof raw.category === "string" ? raw.category : "",
    date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
    text,
    events,
    noEvents: raw.noevents === true,
    error: typeof raw.error === "string" && raw.error !== "" ? raw.error : null,
  };
}

/**
 * Parses the JSON-lines text of the unit-test records.
 *
 * @example parsePetrarchRecords('{"id":"A-1","date":"19950101","text":"…","events":[{"sourcecode":"ARN","targetcode":"GON","eventcode":"064"}]}')
 *   // → { records: [{ id: "A-1", date: "1995-01-01", events: [{ source: "ARN", target: "GON", cameo: "064" }], … }], bad: [] }
 */
export function parsePetrarchRecords(text: string): ParsedRecords {
  const out: ParsedRecords = { records: [], bad: [] };
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      out.bad.push({ line: i + 1, reason: "not JSON" });
      return;
    }
    const r = raw && typeof raw === "object" ? toRecord(raw as Record<string, unknown>) : "not an object";
    if (typeof r === "string") out.bad.push({ line: i + 1, reason: r });
    else out.records.push(r);
  });
  return out;
}
