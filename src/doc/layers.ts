import type { EntityType, EventRecord, QuoteRecord } from "../model/records.js";

/** A stand-off span: `text.slice(start, end)`. The article text never changes. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  /** Page furniture (`Read more:`, captions, `Search Trends`): kept, but never coded. */
  furniture: boolean;
}

export type TokenKind = "word" | "number" | "punct";

export interface Token extends Span {
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  kind: TokenKind;
  sentence: number;
  /** Starts with an upper-case letter. */
  upper: boolean;
}

/** An entity mention before or after it is linked to an actor. */
export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** The canonical actor the mention resolves to, when known. */
  actorId: string | null;
  /** Country the mention stands for or belongs to (ISO-3 or PLOVER code). */
  country: string | null;
  /** Title bound to a person mention (`Secretary of State`), with its span. */
  title: (Span & { text: string }) | null;
  rule: string;
}

export interface TimexMention extends Span {
  text: string;
  value: string | null;
  basis: "stated" | "relative" | "unknown";
  precision: "day" | "month" | "year" | null;
  range: { start: string; end: string } | null;
  rule: string;
}

/**
 * What someone is reported to say: a direct quotation between quotation marks, or reported speech
 * (`Wang said that …`, `according to the ministry, …`), with its speaker where one is found.
 */
export interface QuoteMention extends Span {
  text: string;
  kind: "direct" | "reported";
  speaker: EntityMention | null;
  rule: string;
}

/**
 * A mention that names an entity without its name: a pronoun (`he` → Qin Gang), a description
 * (`the minister`), a group (`the two sides` → China and the United States) or a side (`the U.S. side`).
 */
export interface CorefLink extends Span {
  text: string;
  kind: "pronoun" | "description" | "group" | "side";
  /** What it refers to: one entity, or several for a group. Empty when nothing fits. */
  antecedents: EntityMention[];
  rule: string;
}

/**
 * A role the article says a person holds, held or will hold, with its dates where the text gives them:
 * `He has served as China's ambassador to Washington since July 2021` → ambassador, start 2021-07.
 */
export interface RoleMention extends Span {
  /** The person the role belongs to. */
  actorId: string;
  title: string;
  country: string | null;
  sector: string | null;
  /** When the role began, at the precision the text gives (`2021-07`), or null. */
  since: string | null;
  /** `current` (holds it now), `former` (held it), `future` (will hold it). */
  tense: "current" | "former" | "future";
  rule: string;
}

/** An event coded in this article, with its evidence; `key` groups mentions of one event. */
export interface DocEvent {
  key: string;
  record: EventRecord;
  /**
   * Per mention (`mentionKey`), the time expression that governs its trigger as `start:end`, or null
   * when none does: which dates of an undated article belong to the event (src/corpus/dating).
   */
  governing?: Record<string, string | null>;
}

/**
 * An entity mention as one literal, its fields in the layer's order. Every copy of a mention goes
 * through here, not through a spread: a spread copy has a hidden class apart from the literal's, and
 * the stages reading entities would see several (docs/performance.md).
 *
 * @example entityMention({ ...person, country: "USA" }).country // "USA"
 */
export function entityMention(e: EntityMention): EntityMention {
  return {
    start: e.start,
    end: e.end,
    text: e.text,
    type: e.type,
    actorId: e.actorId,
    country: e.country,
    title: e.title,
    rule: e.rule,
  };
}

/** A mention's key in `DocEvent.governing`: its span and rule. */
export function mentionKey(m: { start: number; end: number; rule: string }): string {
  return `${m.start}:${m.end}:${m.rule}`;
}

/** Every layer a stage can provide, by name. */
export interface LayerMap {
  language: string;
  sentences: Sentence[];
  tokens: Token[];
  entities: EntityMention[];
  timexes: TimexMention[];
  coref: CorefLink[];
  roles: RoleMention[];
  quotes: QuoteMention[];
  events: DocEvent[];
}

export type LayerName = keyof LayerMap;

export type { QuoteRecord };
