import { normalizeName } from "../names.js";
import { isParticle } from "./readable.js";

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The surname with its particle, as stories write it alone on later reference: `Abdel Fattah
 * el-Sisi` → `El-Sisi`, `Abdel Fattah el Sisi` → `El Sisi`. Null when the name ends with no
 * particle: a bare last word (`Sisi`, `Khan`) is too easily someone else.
 *
 * @example particleSurname("Bashar al-Assad") // "Al-Assad"
 * @example particleSurname("Hamid Karzai") // null
 */
export function particleSurname(name: string): string | null {
  const words = name.split(" ");
  if (words.length < 2) return null;
  const last = words[words.length - 1] ?? "";
  const hyphen = /^(\p{L}+)-(\p{L}.*)$/u.exec(last);
  if (hyphen && isParticle(hyphen[1] ?? "")) return upperFirst(last);
  let first = words.length - 1; // "Maria van der Hoeven" → "Van der Hoeven"
  while (first > 1 && isParticle(words[first - 1] ?? "") && (words[first - 1] ?? "").length > 1) first--;
  return first < words.length - 1 ? upperFirst(words.slice(first).join(" ")) : null;
}

/**
 * Short aliases derived from people's names (see `particleSurname`), kept only when exactly one
 * person yields the form and no other actor has it as a name or alias (`named`: normalised name →
 * the actors that have it).
 *
 * @example deriveSurnames([{ id: "a", names: ["Abdel Fattah el-Sisi"] }], new Map()) // Map { "a" => ["El-Sisi"] }
 */
export function deriveSurnames(
  people: readonly { id: string; names: readonly string[] }[],
  named: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  const forms = new Map<string, Map<string, string>>();
  const names = new Map(people.map((p) => [p.id, new Set(p.names)]));
  for (const p of people) {
    for (const name of p.names) {
      const surname = particleSurname(name);
      if (!surname) continue;
      const key = normalizeName(surname);
      owners.set(key, (owners.get(key) ?? new Set()).add(p.id));
      const mine = forms.get(p.id) ?? new Map<string, string>();
      if (!mine.has(surname)) mine.set(surname, key);
      forms.set(p.id, mine);
    }
  }
  const derived = new Map<string, string[]>();
  for (const [id, mine] of forms) {
    const free = (key: string) => [...(named.get(key) ?? [])].every((other) => other === id);
    const kept = [...mine].filter(([s, key]) => owners.get(key)?.size === 1 && free(key) && !names.get(id)?.has(s));
    if (kept.length > 0)
      derived.set(
        id,
        kept.map(([s]) => s),
      );
  }
  return derived;
}

/**
 * The spellings of one alias that the surface index needs, because look-up is by exact tokens and
 * the tokenizer splits `El-Sisi` (`El - Sisi`) but keeps `Ki-moon` whole: the alias itself, every
 * part capitalised (`Abdel Fattah El-Sisi`, `Ban Ki-Moon`), and parts after a hyphen lower-cased
 * (`Ban Ki-moon`).
 *
 * @example caseVariants("Ban Ki-Moon") // ["Ban Ki-Moon", "Ban Ki-moon"]
 */
export function caseVariants(alias: string): string[] {
  if (!/[\s-]\p{Ll}|-\p{Lu}/u.test(alias)) return [alias]; // most names: nothing to vary
  const capitalised = alias.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
  const lowered = alias
    .split(" ")
    .map((w) =>
      isParticle(w.split("-")[0] ?? "") ? w : w.replace(/-(\p{Lu}\p{Ll}+)/gu, (_m, p: string) => `-${p.toLowerCase()}`),
    )
    .join(" ");
  return [...new Set([alias, capitalised, lowered])];
}
