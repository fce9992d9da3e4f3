/**
 * TABARI dates: `YYMMDD`, or `YYYYMMDD` for years the two-digit form cannot reach. Two-digit years
 * 00–30 are 2000–2030 and 31–99 are 1931–1999: the Phoenix files (built in 2014) use two digits for
 * 1931–2014 only (`[EGYMIL 770101-120812]` is 1977–2012) and eight digits before 1931
 * (`[AFGELI 19270101-730717]`).
 */
const PIVOT = 30;

export type DateResult = { ok: true; value: string } | { ok: false; reason: string };

/**
 * An ISO date from a TABARI date.
 *
 * @example isoDate("770101") // { ok: true, value: "1977-01-01" }
 * @example isoDate("20130408") // { ok: true, value: "2013-04-08" }
 */
export function isoDate(digits: string): DateResult {
  let year: number;
  let rest: string;
  if (/^\d{6}$/.test(digits)) {
    const yy = Number(digits.slice(0, 2));
    year = yy <= PIVOT ? 2000 + yy : 1900 + yy;
    rest = digits.slice(2);
  } else if (/^\d{8}$/.test(digits)) {
    year = Number(digits.slice(0, 4));
    rest = digits.slice(4);
  } else {
    return { ok: false, reason: `date "${digits}" is neither YYMMDD nor YYYYMMDD` };
  }
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return { ok: false, reason: `date "${digits}" is not a calendar date` };
  }
  return { ok: true, value: `${year}-${rest.slice(0, 2)}-${rest.slice(2, 4)}` };
}

export type RangeResult = { ok: true; start: string | null; end: string | null } | { ok: false; reason: string };

/**
 * The interval of a date restriction, spaces ignored: `A-B` (both inclusive), `>A` (from A on),
 * `<B` (until B); an empty restriction is open on both sides.
 *
 * @example dateRange("> 140608") // { ok: true, start: "2014-06-08", end: null }
 * @example dateRange("19950601 - 19990815") // { ok: true, start: "1995-06-01", end: "1999-08-15" }
 */
export function dateRange(spec: string): RangeResult {
  const s = spec.replace(/\s+/g, "");
  if (s === "") return { ok: true, start: null, end: null };
  const m = /^(?:(\d+)-(\d+)|>(\d+)|<(\d+))$/.exec(s);
  if (!m) return { ok: false, reason: `date restriction "${spec.trim()}" is not A-B, >A or <B` };
  const [, from, to, after, before] = m;
  const start = from ?? after;
  const end = to ?? before;
  const a = start === undefined ? null : isoDate(start);
  const b = end === undefined ? null : isoDate(end);
  if (a && !a.ok) return a;
  if (b && !b.ok) return b;
  const startIso = a?.ok ? a.value : null;
  const endIso = b?.ok ? b.value : null;
  if (startIso && endIso && startIso > endIso) {
    return { ok: false, reason: `date restriction "${spec.trim()}" ends before it starts` };
  }
  return { ok: true, start: startIso, end: endIso };
}
