/** A calendar date found in a string: `YYYY-MM-DD` and where it was written. */
export interface DateMatch {
  date: string;
  index: number;
  length: number;
}

/** A month name or abbreviation, captured. */
export const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

/** Each form says how its captures map to year, month and day. Months may be names. */
const FORMS: { pattern: RegExp; order: [number, number, number] }[] = [
  // 2023-06-19, 2023-06-19T08:00:00+08:00 (the date as written, whatever the zone), 2023/06/19
  { pattern: /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g, order: [1, 3, 4] },
  // June 19, 2023 · Jun. 19 2023 · Monday, June 19th, 2023
  { pattern: new RegExp(String.raw`\b${MONTH}\s+${DAY},?\s+(\d{4})\b`, "gi"), order: [3, 1, 2] },
  // 19 June 2023 · 01-Oct-2021 · 2nd Jan, 2023 · Mon, 19 Jun 2023 08:00:00 GMT
  { pattern: new RegExp(String.raw`\b${DAY}[\s-]+(?:of\s+)?${MONTH},?[\s-]+(\d{4})\b`, "gi"), order: [3, 2, 1] },
  // 06/19/2023: US order (month first) unless the first number cannot be a month
  { pattern: /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/g, order: [3, 1, 2] },
  // 19.06.2023: day first, as written in Europe
  { pattern: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/g, order: [3, 2, 1] },
  // 2023年6月19日
  { pattern: /(\d{4})年(\d{1,2})月(\d{1,2})日/g, order: [1, 2, 3] },
];

/**
 * The first valid calendar date written in `value`, in any common form, or null.
 * @example parseDate("Mon, 19 Jun 2023 08:00:00 GMT") // → "2023-06-19"
 * @example parseDate("2023-02-30") // → null
 */
export function parseDate(value: string): string | null {
  return matchDate(value)?.date ?? null;
}

/**
 * Like parseDate, with the position of the date in `value` (the earliest one wins).
 * @example matchDate("Posted on June 19, 2023") // → { date: "2023-06-19", index: 10, length: 13 }
 */
export function matchDate(value: string): DateMatch | null {
  let best: DateMatch | null = null;
  for (const { pattern, order } of FORMS) {
    for (const m of value.matchAll(pattern)) {
      if (best && (m.index ?? 0) >= best.index) break;
      const date = toDate(m, order);
      if (date) {
        best = { date, index: m.index ?? 0, length: m[0].length };
        break;
      }
    }
  }
  return best;
}

function toDate(m: RegExpMatchArray, [yi, mi, di]: [number, number, number]): string | null {
  const year = Number(m[yi]);
  let month = monthNumber(m[mi] ?? "");
  let day = Number(m[di]);
  // 19/06/2023 cannot be US order: swap when the "month" is over 12.
  if (m[0].includes("/") && !/^\d{4}/.test(m[0]) && month > 12 && day <= 12) [month, day] = [day, month];
  return calendarDate(year, month, day);
}

/** @example monthNumber("Oct") // → 10 (also "october", "10"); unknown → 0 */
export function monthNumber(token: string): number {
  if (/^\d+$/.test(token)) return Number(token);
  const key = token.slice(0, 3).toLowerCase();
  return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(key) + 1;
}

/**
 * `YYYY-MM-DD` when the date exists on the calendar, else null.
 * @example calendarDate(2024, 2, 29) // → "2024-02-29"; calendarDate(2023, 2, 30) → null
 */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
