import type { ActorKind, EntityType } from "../model/records.js";
import { loadCountries, loadOrganizations, loadPlaces } from "./kb-load.js";
import { loadPeople } from "./kb-people.js";
import type { KbActor, KbRole, SurfaceEntry, SurfaceVia } from "./kb-types.js";
import { normalizeName, surnameOf } from "./names.js";
import { surfaceKey } from "./surface-key.js";

/**
 * The actor knowledge base: canonical actors and every surface form that names them, indexed by
 * token sequence so the entity finder can match `People's Republic of China` in one pass.
 */
export class KnowledgeBase {
  readonly actors = new Map<string, KbActor>();
  /** Exact token-sequence key → entries (a surface may name several actors). */
  readonly surfaces = new Map<string, SurfaceEntry[]>();
  /** Longest surface, in tokens. */
  maxSurfaceTokens = 1;
  /** Every surface key's leading tokens (`People`, `People 's`, …, the whole key), so a scan stops as soon as no surface can follow. */
  readonly surfacePrefixes = new Set<string>();
  /** Normalised surname → person ids, for second references and spelling variants. */
  readonly surnames = new Map<string, string[]>();
  /** Capital or metonym city → country id, for places that also stand for governments. */
  readonly capitals = new Map<string, string>();

  add(actor: KbActor): void {
    this.register(actor);
    this.addSurface(actor.name, actor.id, actor.kind === "place" ? "place" : "name", actor.entityType);
    for (const alias of actor.aliases) this.addSurface(alias, actor.id, "alias", actor.entityType);
  }

  /** Adds an actor (and a person's surname) without its surfaces, for callers that choose which surfaces to index. */
  register(actor: KbActor): void {
    this.actors.set(actor.id, actor);
    if (actor.kind === "person") {
      const surname = normalizeName(surnameOf(actor.name, actor.country));
      const ids = this.surnames.get(surname); // a list of this instance's own (clone() copies them)
      if (ids) ids.push(actor.id);
      else this.surnames.set(surname, [actor.id]);
    }
  }

  /**
   * A copy to extend without touching this one: the cached built-in knowledge base stays as loaded
   * while a run adds imported actors to its copy (see `extendKnowledgeBase`).
   */
  clone(): KnowledgeBase {
    const kb = new KnowledgeBase();
    for (const [id, actor] of this.actors) kb.actors.set(id, actor);
    for (const [key, entries] of this.surfaces) kb.surfaces.set(key, [...entries]);
    for (const [surname, ids] of this.surnames) kb.surnames.set(surname, [...ids]);
    for (const [city, id] of this.capitals) kb.capitals.set(city, id);
    kb.maxSurfaceTokens = this.maxSurfaceTokens;
    for (const prefix of this.surfacePrefixes) kb.surfacePrefixes.add(prefix);
    return kb;
  }

  addSurface(text: string, actorId: string, via: SurfaceVia, type: SurfaceEntry["type"]): void {
    const key = surfaceKey(text);
    if (key.length === 0) return;
    const list = this.surfaces.get(key) ?? [];
    if (!list.some((e) => e.actorId === actorId && e.via === via)) list.push({ actorId, via, type });
    this.surfaces.set(key, list);
    const words = key.split(" ");
    this.maxSurfaceTokens = Math.max(this.maxSurfaceTokens, words.length);
    for (let n = 1; n <= words.length; n++) this.surfacePrefixes.add(words.slice(0, n).join(" "));
  }

  get(id: string): KbActor | undefined {
    return this.actors.get(id);
  }

  /** The roles an actor holds on a date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); all roles when undated. */
  rolesAt(id: string, date: string | null): KbRole[] {
    const roles = this.actors.get(id)?.roles ?? [];
    if (!date) return [];
    return roles.filter((r) => overlaps(r.start, r.end, date));
  }
}

/**
 * True when a role's interval (partial dates, end inclusive) overlaps a partial date:
 * `2021-07-28..2022-12-30` overlaps `2022`, `2022-12` and `2022-12-30`, not `2023-01`.
 */
export function overlaps(start: string | null, end: string | null, date: string): boolean {
  const hi = (x: string) => `${x}~`;
  if (start && start > hi(date)) return false;
  if (end && hi(end) < date) return false;
  return true;
}

/** The kind of actor a mention names: the knowledge base's kind, else one read from the entity type. */
export function actorKindOf(known: KbActor | undefined, type: EntityType): ActorKind {
  if (known && known.kind !== "place") return known.kind;
  return type === "PERSON" ? "person" : type === "ORG" ? "organization" : "country";
}

let cached: KnowledgeBase | null = null;

/** The built-in knowledge base, loaded once from data/kb and the countries-list package. */
export function loadKnowledgeBase(): KnowledgeBase {
  if (cached) return cached;
  const kb = new KnowledgeBase();
  for (const c of loadCountries()) {
    kb.add(c.actor);
    for (const d of c.demonyms) kb.addSurface(d, c.actor.id, "demonym", "NORP");
    for (const m of c.metonyms) kb.addSurface(m, c.actor.id, "metonym", "GPE");
    for (const p of c.prefixes) kb.addSurface(p, c.actor.id, "prefix", "GPE");
    if (c.capital) kb.capitals.set(c.capital, c.actor.id);
  }
  for (const actor of [...loadOrganizations(), ...loadPeople(), ...loadPlaces()]) kb.add(actor);
  cached = kb;
  return kb;
}
