import type { EntityMention } from "../../doc/layers.js";

const APPOSITION =
  /^,\s+(?<role>(?:the\s+|an?\s+|(?:\p{Lu}[\p{L}.]*\s?)+['’]s\s+)?[^,.;:]{3,140}?)(?=,|\.(?:\s|$)|;|$)/u;

/**
 * `Yang Tao, China's Deputy Assistant Secretary of State for North American and Oceania Affairs, …`,
 * `Nicholas Burns, the US ambassador to Beijing.`: the phrase set off by a comma after a person's name.
 * Returns the phrase and where it ends; the caller decides whether it names a role.
 *
 * @example appositionAfter(person, "Wang Yi, director of the Office …, said") // { text: "director of the Office …", end: … }
 */
export function appositionAfter(
  person: EntityMention,
  text: string,
  limit: number,
): { text: string; end: number } | null {
  const rest = text.slice(person.end, Math.min(limit, person.end + 200));
  const m = APPOSITION.exec(rest);
  const role = m?.groups?.role;
  if (!m || !role) return null;
  return { text: role, end: person.end + m[0].length };
}
