import { overlaps } from "./kb.js";
import type { KbRole } from "./kb-types.js";

/**
 * How a title written before a name fits a person's roles: `on-date` when a role it names was held
 * on the article's date (or, for a `former` title, had ended by then); `undated` when the article has
 * no date; `loose` when it fits but names an office many hold at once (`minister`, `ambassador`);
 * `other-date` when it names a role held at another time; `conflict` when it names none of the
 * person's roles; `none` when there is no title or it says nothing about the office (`official`).
 */
export type TitleFit = "on-date" | "undated" | "loose" | "other-date" | "conflict" | "none";

/** Words that say when or how, not which office: dropped before comparing. */
const IGNORED = new Set([
  ...["former", "new", "incoming", "outgoing", "then", "acting", "current", "newly", "appointed", "top", "senior"],
  ...["veteran", "interim", "communist", "of", "the", "and", "for", "to", "us", "national", "affairs", "s"],
]);

/** Offices many hold at once: a bare `minister` fits a person's role without singling them out. */
const COMMON = new Set([
  ...["minister", "secretary", "ambassador", "envoy", "director", "head", "chairman", "spokesperson"],
  ...["general", "commander", "senator", "representative", "governor", "mayor", "diplomat"],
]);

/** Titles that name no office. */
const GENERIC = new Set(["official", "counterpart", "leader", "politician", "aide"]);

/** One spelling for each office word news writes several ways. */
const SAME: Record<string, string> = {
  defense: "defence",
  councillor: "councilor",
  adviser: "advisor",
  spokesman: "spokesperson",
  spokeswoman: "spokesperson",
  deputy: "vice",
  boss: "head",
  chief: "head",
  prime: "premier",
  external: "foreign",
};

/** Office words that a role may name differently: a party `head` is its `secretary`; a `diplomat` works on foreign affairs. */
const MATCHES: Record<string, string[]> = {
  head: ["head", "secretary", "director", "chairman"],
  diplomat: ["foreign", "ambassador", "envoy", "state", "diplomat"],
  envoy: ["envoy", "ambassador"],
  minister: ["minister", "secretary"],
};

const officeCache = new Map<string, string[]>();

/** `Minister of National Defense` → `minister`, `defence`; `prime minister` → `premier`. */
export function officeWords(title: string): string[] {
  const cached = officeCache.get(title);
  if (cached) return cached;
  const words = readOffice(title);
  if (officeCache.size > 10_000) officeCache.clear();
  officeCache.set(title, words);
  return words;
}

function readOffice(title: string): string[] {
  const words = title
    .toLowerCase()
    .split(/[^a-z]+/)
    .map((w) => SAME[w] ?? w)
    .filter((w) => w.length > 0 && !IGNORED.has(w));
  return words.filter((w, i) => !(w === "minister" && words[i - 1] === "premier"));
}

/** Every office word of the title is in the role, and the role adds no `vice` or `assistant` the title lacks. */
function fits(title: readonly string[], role: KbRole): boolean {
  const words = officeWords(role.title);
  const rank = (ws: readonly string[]) => ws.filter((w) => w === "vice" || w === "assistant" || w === "under").join();
  if (rank(words) !== rank(title)) return false;
  return title.every((w) => (MATCHES[w] ?? [w]).some((m) => words.includes(m)));
}

export function titleFit(title: string | null, roles: readonly KbRole[], date: string | null): TitleFit {
  if (!title) return "none";
  const words = officeWords(title);
  if (words.length === 0 || words.every((w) => GENERIC.has(w))) return "none";
  const fitting = roles.filter((r) => fits(words, r));
  if (fitting.length === 0) return roles.length > 0 ? "conflict" : "none";
  const former = /^\s*(?:former|then)\b/i.test(title);
  const held = (r: KbRole) =>
    !date || (former ? r.end !== null && r.end.slice(0, date.length) <= date : overlaps(r.start, r.end, date));
  if (!fitting.some(held)) return "other-date";
  if (words.length === 1 && COMMON.has(words[0] as string)) return "loose";
  return date ? "on-date" : "undated";
}
