import type { EntityType } from "../../model/records.js";
import type { KbActorEntry, Sourced } from "../../store/kb-store.js";
import { type KnowledgeBase, loadKnowledgeBase } from "../kb.js";
import type { KbActor, SurfaceVia } from "../kb-types.js";
import { normalizeName } from "../names.js";
import { surfaceKey } from "../surface-key.js";
import { caseVariants } from "./aliases.js";
import { sortRoles } from "./roles.js";

/** Longer surfaces are never written out whole in news; indexing them would only slow the longest-match scan. */
const MAX_TOKENS = 8;

const ENTITY_TYPE: Record<KbActorEntry["kind"], EntityType> = {
  person: "PERSON",
  organization: "ORG",
  group: "ORG",
  country: "GPE",
};

/** One actor per id across sources: the first entry's name and slots, every source's aliases and roles. */
function joinSources(imported: readonly Sourced<KbActorEntry>[]): KbActor[] {
  const byId = new Map<string, KbActor>();
  for (const e of imported) {
    const roles = e.roles.map((r) => ({ ...r, source: e.source }));
    const seen = byId.get(e.actor_id);
    if (seen) {
      const aliases = [...new Set([...seen.aliases, e.name, ...e.aliases])].filter((a) => a !== seen.name);
      byId.set(e.actor_id, {
        ...seen,
        aliases,
        roles: sortRoles([...seen.roles, ...roles]),
        source: `${seen.source} ${e.source}`,
      });
      continue;
    }
    byId.set(e.actor_id, {
      id: e.actor_id,
      name: e.name,
      kind: e.kind,
      entityType: ENTITY_TYPE[e.kind],
      country: e.country,
      sector: e.sector,
      aliases: e.aliases,
      roles, // sorted when converted
      lat: null,
      lon: null,
      source: e.source,
    });
  }
  return [...byId.values()];
}

/** Built-in people and organisations by normalised name and multi-word alias, for merging. */
function builtInNames(base: KnowledgeBase): Map<string, string> {
  const index = new Map<string, string>();
  for (const a of base.actors.values()) {
    if (a.kind !== "person" && a.kind !== "organization") continue;
    for (const n of [a.name, ...a.aliases])
      if (n === a.name || n.includes(" ")) index.set(`${a.kind}|${normalizeName(n)}`, a.id);
  }
  return index;
}

/**
 * An imported actor folded into the built-in one it names: aliases and roles joined, each role
 * keeping its source. The built-in roles come last, so on a date both cover the curated title
 * (`Foreign Minister`) is the one held, and an imported role fills the years the built-in lacks.
 */
function mergeInto(known: KbActor, imported: KbActor): KbActor {
  const aliases = [...new Set([...known.aliases, imported.name, ...imported.aliases])].filter((a) => a !== known.name);
  const curated = known.roles.filter((r) => r.source === undefined || !r.source.startsWith("petrarch:"));
  const added = known.roles.filter((r) => !curated.includes(r));
  const roles = [
    ...sortRoles([...added, ...imported.roles]),
    ...curated.map((r) => ({ ...r, source: r.source ?? known.source })),
  ];
  return { ...known, aliases, roles, source: `${known.source} ${imported.source}` };
}

/**
 * The built-in knowledge base extended with imported actors, as a new KnowledgeBase: the cached
 * built-in one is never changed. An imported person or organisation whose normalised name (or
 * multi-word alias) is a built-in one's merges into it; an imported country adds the spellings
 * its built-in namesake lacks (`Afghanestan`), never taking a surface that already names something
 * (`Kabul` stays the city). A one-word alias is indexed only when it names one actor alone
 * (`Bush` names two presidents: left out). Every alias is also indexed in the capitalisations
 * news use (`El-Sisi` beside `el-Sisi`; see `caseVariants`).
 *
 * Cost: one pass over the entries and a surface-index insertion per form, no per-article work.
 *
 * @example const kb = extendKnowledgeBase(await store.listKbActors()); analyzeDocument(text, { kb });
 */
export function extendKnowledgeBase(
  imported: readonly Sourced<KbActorEntry>[],
  base = loadKnowledgeBase(),
): KnowledgeBase {
  const kb = base.clone();
  const actors = joinSources(imported);
  const named = builtInNames(base);
  const keys = new Map<string, string>();
  const keyOf = (form: string) => keys.get(form) ?? keys.set(form, surfaceKey(form)).get(form) ?? "";
  const claims = new Map<string, number>(); // one-word surface → imported actors naming it
  for (const a of actors) {
    for (const key of new Set([a.name, ...a.aliases].map(keyOf)))
      if (!key.includes(" ")) claims.set(key, (claims.get(key) ?? 0) + 1);
  }
  const index = (form: string, actor: KbActor, via: SurfaceVia, country: boolean) => {
    for (const variant of spellings(form, actor)) {
      const key = keyOf(variant);
      const tokens = key.split(" ");
      if (key === "" || tokens.length > MAX_TOKENS || !/^[\p{Lu}\p{N}]/u.test(key)) continue;
      const taken = base.surfaces.get(key);
      if (country ? taken : taken?.some((e) => e.actorId !== actor.id)) continue;
      if (tokens.length === 1 && (claims.get(key) ?? 0) > 1) continue;
      kb.addSurface(variant, actor.id, via, actor.entityType);
    }
  };
  for (const actor of actors) {
    const builtIn = base.get(actor.id) ?? findNamesake(actor, named, base);
    if (actor.kind === "country" && builtIn) {
      for (const form of [actor.name, ...actor.aliases]) index(form, builtIn, "alias", true);
      continue;
    }
    if (builtIn) kb.actors.set(builtIn.id, mergeInto(kb.get(builtIn.id) ?? builtIn, actor));
    else kb.register(actor);
    const target = builtIn ?? actor;
    index(actor.name, target, builtIn ? "alias" : "name", false);
    for (const alias of actor.aliases) index(alias, target, "alias", false);
  }
  return kb;
}

/** `caseVariants`, and for a one-word organisation name both its capitals and its title case (`HAMAS`, `Hamas`). */
function spellings(form: string, actor: KbActor): string[] {
  const variants = caseVariants(form);
  if (actor.kind !== "organization" || !/^\p{L}+$/u.test(form)) return variants;
  return [...new Set([...variants, form.toUpperCase(), form.charAt(0).toUpperCase() + form.slice(1).toLowerCase()])];
}

function findNamesake(actor: KbActor, named: Map<string, string>, base: KnowledgeBase): KbActor | undefined {
  if (actor.kind !== "person" && actor.kind !== "organization") return undefined;
  for (const n of [actor.name, ...actor.aliases]) {
    if (n !== actor.name && !n.includes(" ")) continue;
    const id = named.get(`${actor.kind}|${normalizeName(n)}`);
    if (id) return base.get(id);
  }
  return undefined;
}
