import type { KnowledgeBase } from "../../actors/kb.js";
import { type EntityMention, entityMention, type Sentence, type Span } from "../../doc/layers.js";
import { firstFrom } from "./bisect.js";
import { genderCue } from "./gender.js";
import { findParticipants, type Participant } from "./participants.js";
import { isSubject } from "./subject.js";
import type { Gender } from "./types.js";

/** A mention of a known person, and whether it puts the person in focus (subject or speaker). */
export interface PersonMention extends Span {
  mention: EntityMention;
  /** The person's actor id, or `name:<text>` for one the article names only with an honorific (`Mr Balls`). */
  key: string;
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

/** Who a person mention is: an actor, or a person named with an honorific the knowledge base lacks. */
function personKey(e: EntityMention): string | null {
  if (e.type !== "PERSON") return null;
  return e.actorId ?? (e.rule.includes("honorific") ? `name:${e.text.toLowerCase()}` : null);
}

/**
 * The article seen as a discourse: its known people in order with their focus, profiles and
 * titles, and the mentions that can be a side in `the two sides`. Built once per article; the
 * resolvers look things up by position (binary search), never by scanning every entity.
 *
 * @example new Discourse(text, sentences, entities, kb, "2023-06-20").persons // Wang Yi (focus), Blinken, …
 */
export class Discourse {
  readonly persons: PersonMention[] = [];
  readonly participants: Participant[];
  /** Organisations and bodies named as such (`China's Foreign Ministry`, `the State Department`). */
  readonly organizations: EntityMention[] = [];
  readonly profiles = new Map<string, Profile>();
  /** Each sentence's start, by sentence index. */
  readonly sentenceStarts: number[] = [];

  constructor(
    readonly text: string,
    sentences: readonly Sentence[],
    entities: readonly EntityMention[],
    readonly kb: KnowledgeBase,
    date: string | null,
  ) {
    for (const s of sentences) this.sentenceStarts[s.index] = s.start;
    const located: [EntityMention, number][] = [];
    let s = 0;
    for (const e of entities) {
      while (s + 1 < sentences.length && (sentences[s + 1] as Sentence).start <= e.start) s++;
      const sentence = sentences[s];
      if (!sentence) break;
      located.push([e, sentence.index]);
      const key = personKey(e);
      if (key) this.addPerson(e, key, sentence, kb);
      // "the State Department" and "the Kremlin" are bodies as well as their country's metonyms.
      else if (e.actorId && (e.type === "ORG" || e.rule.endsWith("metonym"))) this.organizations.push(e);
    }
    for (const [id, profile] of this.profiles) {
      const known = kb.get(id);
      profile.country ??= known?.country ?? null;
      const roles = date ? kb.rolesAt(id, date) : (known?.roles ?? []);
      profile.kbTitles = roles.map((r) => r.title.toLowerCase());
    }
    this.participants = findParticipants(located, text, {
      countryOfPerson: (e) => this.profiles.get(personKey(e) ?? "")?.country ?? null,
      isCountry: (code) => kb.get(code)?.kind === "country",
    });
  }

  /**
   * A reference resolved to a person (`he` → Lavrov) joins the people of the discourse, so a later
   * pronoun can point through it: `She said … and thanked her host` (her = she = Penny Wong).
   */
  addReference(span: Span, person: EntityMention, sentence: number, subject: boolean): void {
    const key = personKey(person);
    if (!key) return;
    const ref = entityMention({ ...person, start: span.start, end: span.end, title: null });
    const focus = subject && isSubject(ref, this.text, this.sentenceStarts[sentence] ?? 0);
    const at = firstFrom(this.persons, span.start);
    this.persons.splice(at, 0, {
      start: span.start,
      end: span.end,
      mention: person,
      key,
      sentence,
      focus,
    });
  }

  private addPerson(e: EntityMention, key: string, sentence: Sentence, kb: KnowledgeBase): void {
    const focus = isSubject(e, this.text, sentence.start);
    this.persons.push({ start: e.start, end: e.end, mention: e, key, sentence: sentence.index, focus });
    let profile = this.profiles.get(key);
    if (!profile) {
      profile = { country: null, statedTitles: [], kbTitles: [], gender: null };
      this.profiles.set(key, profile);
    }
    profile.country ??= e.country ?? kb.get(key)?.country ?? null;
    if (e.title) profile.statedTitles.push(e.title.text.toLowerCase());
    profile.gender ??= genderCue(e, this.text);
  }
}
