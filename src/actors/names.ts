import { isAsciiDigit, isAsciiLetter } from "../stages/tokens/ascii.js";

/** Latin letters that carry no separable accent: `Yıldırım`, `Wałęsa`, `Støre`, `Đukanović`. */
const LATIN: Record<string, string> = { ı: "i", ł: "l", ø: "o", đ: "d", ß: "ss", æ: "ae", œ: "oe" };

/** Names normalised so far: the same capitalised words come back in every article. */
const normalized = new Map<string, string>();
/**
 * Only short names are kept: V8 copies a substring this short rather than pointing into its source,
 * so the memo never holds an article's text alive. It starts over once it holds MEMO_SIZE names.
 */
const MEMO_LENGTH = 12;
const MEMO_SIZE = 50_000;

/** Lower-cases and strips accents and punctuation: `Türkiye` → `turkiye`, `U.S.` → `us`. */
export function normalizeName(name: string): string {
  if (name.length > MEMO_LENGTH) return isPlain(name) ? name.toLowerCase() : normalize(name);
  let key = normalized.get(name);
  if (key === undefined) {
    if (normalized.size >= MEMO_SIZE) normalized.clear();
    key = normalize(name);
    normalized.set(name, key);
  }
  return key;
}

/**
 * `normalizeName` of a token, given its lower-cased text: a word of ASCII letters is its lower-cased
 * text, which spares the memo look-up for most capitalised words of an English article.
 */
export function normalizeWord(text: string, lower: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isAsciiLetter(c)) return normalizeName(text);
  }
  return lower;
}

/**
 * True when `normalize` would only lower-case the name: ASCII letters and digits in words one space
 * apart, with no space at either end (`Antony Blinken`, `G7 summit`).
 */
function isPlain(name: string): boolean {
  let space = true; // as if a space came before: a leading space is not plain
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (isAsciiLetter(c) || isAsciiDigit(c)) space = false;
    else return false;
  }
  return !space || name.length === 0;
}

function normalize(name: string): string {
  return name
    .replace(/[ıłŁøØđĐßæÆœŒ]/g, (c) => LATIN[c.toLowerCase()] ?? c)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/(?<!\p{L})(?:\p{L}\.){2,}/gu, (initials) => initials.replace(/\./g, "")) // "u.s." → "us"
    .replace(/['’]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A stable slug for actor ids: `Qin Gang` → `qin-gang`. */
export function slugify(name: string): string {
  return normalizeName(name).replace(/\s+/g, "-");
}

/** Countries whose naming puts the family name first. */
const FAMILY_NAME_FIRST = new Set(["CHN", "TWN", "HKG", "KOR", "PRK", "VNM", "MAC"]);

/** The name a story uses on second reference: `Qin` for Qin Gang, `Blinken` for Antony Blinken. */
export function surnameOf(name: string, country: string | null): string {
  const parts = name.split(/\s+/).filter((p) => p.length > 0);
  if (parts.length < 2) return name;
  if (country && FAMILY_NAME_FIRST.has(country)) return parts[0] ?? name;
  return parts[parts.length - 1] ?? name;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: adjacent transpositions count one), for
 * spelling variants of names. With `max`, stops early and returns `max + 1` once the distance must
 * exceed it, which keeps look-ups over a large knowledge base cheap.
 *
 * @example editDistance("bilinken", "blinken") // 1
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[b.length] as number;
}

/**
 * True when `editDistance(a, b) === 1`, without the table: one letter substituted, inserted or
 * dropped, or two neighbours swapped. The hot check of typo matching, run against many words a token.
 *
 * @example oneEditApart("bilinken", "blinken") // true
 * @example oneEditApart("blinken", "blinken") // false: 0 apart
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (a.length !== b.length) return a.slice(i + 1) === b.slice(i); // one letter dropped
  if (i === a.length) return false; // equal
  if (a.slice(i + 1) === b.slice(i + 1)) return true; // one substitution
  // two neighbours swapped
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
