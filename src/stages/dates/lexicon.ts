/** Words the date finders share: data, not logic. Word lists are space-separated for readability. */

function words(list: string): string[] {
  return list.trim().split(/\s+/);
}

const MONTH_NAMES = words("january february march april may june july august september october november december");
const WEEKDAY_NAMES = words("sunday monday tuesday wednesday thursday friday saturday");

/** Full month names, their three-letter abbreviations and "sept" → 1…12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, i) => [name, i + 1] as const),
  ...MONTH_NAMES.map((name, i) => [name.slice(0, 3), i + 1] as const),
  ["sept", 9],
]);

/** 0 = Sunday, as chrono and `Date#getDay` number them. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(WEEKDAY_NAMES.map((name, i) => [name, i] as const));

/** Regex source: a capitalised month name or news abbreviation ("Dec. 21", "Sept. 5"). */
export const MONTH_PATTERN =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|" +
  "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";

export const WEEKDAY_PATTERN = "(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)";

const NUMBER_NAMES = words("one two three four five six seven eight nine ten eleven twelve");

/** "two years ago", "a week ago", "6 months ago". */
export const NUMBER_PATTERN = `(?:\\d{1,3}|an?|${NUMBER_NAMES.join("|")})`;

/** Reads "3", "three", "a" → 3, 3, 1; NaN for anything else. */
export function readNumber(word: string): number {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  if (lower === "a" || lower === "an") return 1;
  const index = NUMBER_NAMES.indexOf(lower);
  return index < 0 ? Number.NaN : index + 1;
}

export function monthNumber(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ""));
}

/** Words before a capitalised month or weekday that make it a name: "Theresa May", "Bloody Sunday". */
export const NAME_BEFORE = new Set(words("theresa brian bloody black cyber super good holy easter palm ash"));

/** Words after a weekday that make it a name: "the Sunday Times", "a Sunday school". */
export const NAME_AFTER = new Set(
  words(`times telegraph express mirror post herald observer mail sport school schools club people politics programme
    program show paper papers newspaper newspapers edition magazine`),
);

/**
 * A lone month name ("in June", "last May") is a date only after one of these words: elsewhere it is
 * a name or a verb ("Theresa May said", "the March on Rome", "May I").
 */
export const MONTH_LEAD_WORDS = new Set(
  words(`in since by until till from to of last next this early late mid before after during through between and or
    throughout around each every previous following coming past the for on as latest earlier later end beginning start
    its their his her our`),
);
