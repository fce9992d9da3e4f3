import type { KnowledgeBase } from "../kb.js";
import { normalizeName } from "../names.js";
import type { NameContext } from "../resolve.js";
import { surfaceKey } from "../surface-key.js";
import type { FixtureContext } from "./fixture.js";

/**
 * The resolver's context for a fixture case, built as the entities stage builds it from an article:
 * every capitalised word written (the name itself, the title, the other people named), the countries
 * mentioned plus those of the known people named, the title and the date.
 */
export function nameContext(name: string, ctx: FixtureContext, kb: KnowledgeBase): NameContext {
  const written = [name, ctx.title ?? "", ...ctx.people];
  const articleWords = new Set(written.flatMap((w) => normalizeName(w).split(" ")).filter((w) => w.length > 0));
  const countries = new Set(ctx.countries);
  for (const person of ctx.people) {
    for (const entry of kb.surfaces.get(surfaceKey(person)) ?? []) {
      const country = kb.get(entry.actorId)?.country;
      if (entry.type === "PERSON" && country) countries.add(country);
    }
  }
  return { articleWords, countries, title: ctx.title ?? null, date: ctx.date ?? null };
}
