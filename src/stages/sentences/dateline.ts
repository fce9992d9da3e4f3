// BEIJING, Jan. 2 (Xinhua) -- | WASHINGTON (Reuters) - | KYIV, Ukraine (AP) — | LONDON, 2 January – | MOSCOW –
const PLACE = String.raw`\p{Lu}[\p{Lu}.'’-]+(?:[ \t]+\p{Lu}[\p{Lu}.'’-]+){0,3}`;
const REGION = String.raw`(?:,[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2})?`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`(?<date>,?[ \t]*(?:${MONTH}[ \t]+\d{1,2}|\d{1,2}[ \t]+${MONTH})(?:,?[ \t]*\d{4})?)?`;
const AGENCY = String.raw`(?<agency>[ \t]*\([^()\n]{1,40}\))?`;
const SEPARATOR = String.raw`(?:[ \t]*(?<sep>--|[-–—])[ \t]+(?=[\p{Lu}\d"“‘])|[ \t]*$)`;

const DATELINE = new RegExp(`[ \\t]*${PLACE}${REGION}${DATE}${AGENCY}${SEPARATOR}`, "uym");

/**
 * The end of a dateline opening the text at `from`, or -1. A dateline is an all-caps place, then
 * optionally a region, a date and an agency, then a dash before the prose (or the end of the line).
 * A plain hyphen, or a line with no dash, needs a date or an agency: `NATO - ` alone is no dateline.
 *
 * @example datelineEnd("BEIJING, Jan 2 (Xinhua) -- The ministry said…", 0, 45) // 26, after the "--"
 */
export function datelineEnd(text: string, from: number, to: number): number {
  DATELINE.lastIndex = from;
  const match = DATELINE.exec(text);
  if (!match?.groups || DATELINE.lastIndex > to) return -1;
  const { date, agency, sep } = match.groups;
  if ((sep === undefined || sep === "-") && !date && !agency) return -1;
  return from + match[0].trimEnd().length;
}
