/** Lower-cases and strips accents and punctuation: `Türkiye` → `turkiye`, `U.S.` → `us`. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
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

/** Damerau–Levenshtein distance (adjacent transpositions), for spelling variants of names. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}
