/** Header fields of a text article, as written (dates are parsed later, by pubdate). */
export interface HeaderFields {
  date?: string;
  title?: string;
  source?: string;
  url?: string;
  published?: string;
}

export interface Header {
  fields: HeaderFields;
  /** Offset in the text where the body starts (just after the last header line or inline header). */
  bodyStart: number;
}

type Key = keyof HeaderFields;
const KEYED = /^[ \t]*(date|title|source|url|published)[ \t]*:[ \t]*(.*)$/i;
// The seeds' form: " date 2023-01-02 BEIJING, Jan 2 …" — the body may go on after the date, on the same line.
const BARE_DATE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?![\d-])[ \t]*/i;

/**
 * Reads leading header lines, in any order, and says where the body starts.
 * Blank lines among header lines are allowed; the first other line starts the body.
 * @example
 * parseHeader("title: Talks resume\ndate 2023-06-19\n\nBEIJING, June 19 …")
 * // → { fields: { title: "Talks resume", date: "2023-06-19" }, bodyStart: 36 }
 */
export function parseHeader(text: string): Header {
  const fields: HeaderFields = {};
  let offset = 0;
  let bodyStart = 0;
  while (offset < text.length) {
    const end = lineEnd(text, offset);
    const line = text.slice(offset, end);
    const next = Math.min(end + 1, text.length);
    if (line.trim() === "") {
      offset = next;
      continue;
    }
    const keyed = KEYED.exec(line);
    if (keyed && !isSet(fields, keyed[1])) {
      fields[(keyed[1] ?? "").toLowerCase() as Key] = (keyed[2] ?? "").trim();
      offset = bodyStart = next;
      continue;
    }
    const bare = BARE_DATE.exec(line);
    if (bare && fields.date === undefined) {
      fields.date = bare[1];
      const rest = offset + bare[0].length;
      // Inline form: the body begins right after the date; otherwise on the next line.
      bodyStart = rest < end ? rest : next;
      if (rest < end) break;
      offset = next;
      continue;
    }
    break;
  }
  return { fields, bodyStart };
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}

/** A repeated key ends the header: the second `title:` line belongs to the body. */
function isSet(fields: HeaderFields, key: string | undefined): boolean {
  return fields[(key ?? "").toLowerCase() as Key] !== undefined;
}
