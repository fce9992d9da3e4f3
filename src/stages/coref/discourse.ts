import type { KnowledgeBase } from "../../actors/kb.js";
import type { EntityMention, Sentence, Span } from "../../doc/layers.js";
import { countryOf } from "./entity-index.js";
import { genderCue } from "./gender.js";
import { isSubject } from "./subject.js";
import type { Gender } from "./types.js";

/** A mention of a known person, and whether it puts the person in focus (subject or speaker). */
export interface PersonMention extends Span {
  mention: EntityMention;
  actorId: string;
  sentence: number;
  focus: boolean;
}

/** What the article and the knowledge base say about one person. */
export interface Profile {
  country: string | null;
  /** Titles read from the article (`foreign minister`), lower case. */
  statedTitles: string[];
  /** Roles the knowledge base gives on the publication date (all of them when undated), lower case. */
  kbTitles: string[];
  gender: Gender | null;
}

/** A mention that can stand for one side of a pair: a person's country, a country, an organisation. */
export interface Participant extends Span {
  /** The country or organisation the mention stands for. */
  mention: EntityMention;
  key: string;
  sentence: number;
  person: boolean;
}

// "in Jakarta", "at the Kremlin": a place where something happens is not a side.
const PLACE_BEFORE = /\b(?:in|at|near|inside|outside|across)\s+(?:the\s+)?$/i;

/** An organisation's country (`China's Foreign Ministry` → CHN), or itself when international (NATO). */
function sideOf(e: EntityMention, profiles: ReadonlyMap<string, Profile>): [string, EntityMention] | null {
  if (e.type === "PERSON") {
    const country = e.actorId ? profiles.get(e.actorId)?.country : null;
    return country ? [country, asCountry(e, country)] : null;
  }
  const country = countryOf(e);
  if (country) return [country, e];
  if (e.type !== "ORG" || !e.actorId) return null;
  return e.country && /^[A-Z]{3}$/.test(e.country) ? [e.country, asCountry(e, e.country)] : [e.actorId, e];
}

/** The country a person or national body stands for in a pair, pointing at the mention it was read from. */
function asCountry(e: EntityMention, country: string): EntityMention {
  return { ...e, type: "GPE", actorId: country, country, title: null, rule: `coref.country-of:${e.rule}` };
}

/**
 * The article seen as a discourse: its known people in order with their focus, profiles and
 * titles, and the mentions that can be a side in `the two sides`. Built once per article; the
 * resolvers look things up by position (binary search), never by scanning every entity.
 */
export class Discourse {
  readonly persons: PersonMention[] = [];
  readonly participants: Participant[] = [];
  /** Organisations and bodies named as such (`China's Foreign Ministry`, `the State Department`). */
  readonly organizations: EntityMention[] = [];
  readonly profiles = new Map<string, Profile>();

  constructor(
    readonly text: string,
    sentences: readonly Sentence[],
    entities: readonly EntityMention[],
    readonly kb: KnowledgeBase,
    date: string | null,
  ) {
    const located: [EntityMention, number][] = [];
    let s = 0;
    for (const e of entities) {
      while (s + 1 < sentences.length && (sentences[s + 1] as Sentence).start <= e.start) s++;
      const sentence = sentences[s];
      if (!sentence) break;
      located.push([e, sentence.index]);
      if (e.type === "PERSON" && e.actorId) this.addPerson(e, sentence, kb);
      // "the State Department" and "the Kremlin" are bodies as well as their country's metonyms.
      else if (e.actorId && (e.type === "ORG" || e.rule.endsWith("metonym"))) this.organizations.push(e);
    }
    for (const [id, profile] of this.profiles) {
      const known = kb.get(id);
      profile.country ??= known?.country ?? null;
      const roles = date ? kb.rolesAt(id, date) : (known?.roles ?? []);
      profile.kbTitles = roles.map((r) => r.title.toLowerCase());
    }
    for (const [e, sentence] of located) {
      if (PLACE_BEFORE.test(this.text.slice(Math.max(0, e.start - 12), e.start))) continue;
      const side = sideOf(e, this.profiles);
      if (side) this.participants.push({ start: e.start, end: e.end, mention: side[1], key: side[0], sentence, person: e.type === "PERSON" });
    }
  }

  private addPerson(e: EntityMention, sentence: Sentence, kb: KnowledgeBase): void {
    const actorId = e.actorId as string;
    const focus = isSubject(e, this.text, sentence.start);
    this.persons.push({ start: e.start, end: e.end, mention: e, actorId, sentence: sentence.index, focus });
    let profile = this.profiles.get(actorId);
    if (!profile) {
      profile = { country: null, statedTitles: [], kbTitles: [], gender: null };
      this.profiles.set(actorId, profile);
    }
    profile.country ??= e.country ?? kb.get(actorId)?.country ?? null;
    if (e.title) profile.statedTitles.push(e.title.text.toLowerCase());
    profile.gender ??= genderCue(e, this.text);
  }
}
