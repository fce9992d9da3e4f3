import type { CorefLink, EntityMention, Span } from "../../doc/layers.js";
import { firstFrom } from "../coref/bisect.js";

/** A mention that can say something; `speaker` is who it is, or null when unknown (`they`, `the two sides`). */
export interface SpeakerMention extends Span {
  speaker: EntityMention | null;
  /** Where a title before a name starts (`Foreign Minister` in `Foreign Minister Wang Yi`). */
  from: number;
}

const SPEAKING_TYPES = new Set<EntityMention["type"]>(["PERSON", "ORG", "GPE", "NORP"]);

// Between a subject and its verb: a place or owner, an aside in commas, adverbs (`the embassy in
// Tokyo said`, `Wang Yi, China's top diplomat, also said`, `the ministry has repeatedly said`).
const GAP_BEFORE_VERB =
  /^\s*(?:(?:in|at|of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’]*\s+){1,3})?(?:,[^,"“”]{1,80},\s*)?(?:(?:also|later|then|again|further|separately|previously|earlier|once|repeatedly|publicly|privately|subsequently|reportedly|has|have|had)\s+)*$/u;
// A name inside the subject's own phrase (`the ministry in Tokyo`, `the embassy of China`) is not the subject.
const INSIDE_SUBJECT = /\b(?:in|at|of|from)\s+(?:the\s+)?$/i;
// Between `said` and a name after it: country words and titles (`said Chinese Foreign Minister Wang Yi`).
const GAP_AFTER_VERB = /^\s*(?:(?:the\s+)?\p{Lu}[\p{L}.]*(?:['’]s)?\s+){0,4}$/u;

/**
 * A coref link as a speaker: the one person or body it refers to; a description nothing fits as
 * itself, without an actor (`the ministry said`, `said the spokesman`); nobody for a group.
 */
function speakerOfLink(link: CorefLink): EntityMention | null {
  if (link.antecedents.length === 1) return link.antecedents[0] ?? null;
  if (link.antecedents.length > 1 || link.kind !== "description") return null;
  const type = link.rule.startsWith("coref.organization") ? "ORG" : "PERSON";
  const { start, end, text } = link;
  return { start, end, text, type, actorId: null, country: null, title: null, rule: "quotes.speaker.unnamed" };
}

/**
 * Who can speak in an article, by position: people, organisations, countries and their metonyms
 * (`the Kremlin said`), and the coref layer's references (`he`, `the minister`, `the U.S. side`).
 * Built once per article; look-ups are binary searches.
 *
 * @example new SpeakerIndex(doc.get("entities"), doc.get("coref"), doc.text).subjectOf(verbAt, sentenceStart)
 */
export class SpeakerIndex {
  readonly #items: SpeakerMention[];

  constructor(
    entities: readonly EntityMention[],
    links: readonly CorefLink[],
    readonly text: string,
  ) {
    const items: SpeakerMention[] = [];
    for (const e of entities) {
      if (SPEAKING_TYPES.has(e.type))
        items.push({ start: e.start, end: e.end, speaker: e, from: Math.min(e.start, e.title?.start ?? e.start) });
    }
    for (const l of links) {
      if (l.kind !== "group" || l.antecedents.length === 0)
        items.push({ start: l.start, end: l.end, speaker: speakerOfLink(l), from: l.start });
    }
    this.#items = items.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /**
   * The subject of a verb at `verbAt`: the nearest mention before it, within the clause from `from`,
   * with only an aside or adverbs between. Null when the words before the verb name nobody.
   *
   * @example index.subjectOf(text.indexOf("said"), 0) // "Wang Yi, China's top diplomat, said" → Wang Yi
   */
  subjectOf(verbAt: number, from: number): SpeakerMention | null {
    for (let i = firstFrom(this.#items, verbAt) - 1, seen = 0; i >= 0 && seen < 6; i--, seen++) {
      const m = this.#items[i] as SpeakerMention;
      if (m.start < from) return null;
      if (m.end > verbAt || !GAP_BEFORE_VERB.test(this.text.slice(m.end, verbAt))) continue;
      if (!INSIDE_SUBJECT.test(this.text.slice(Math.max(from, m.start - 8), m.start))) return m;
    }
    return null;
  }

  /**
   * The speaker named right after a verb (`said Sergei Lavrov`, `according to the ministry`), within `to`.
   *
   * @example index.namedAfter(text.indexOf("said") + 4, text.length) // "…," said Sergei Lavrov. → Sergei Lavrov
   */
  namedAfter(pos: number, to: number): SpeakerMention | null {
    for (let i = firstFrom(this.#items, pos), seen = 0; i < this.#items.length && seen < 6; i++, seen++) {
      const m = this.#items[i] as SpeakerMention;
      if (m.end > to) return null;
      const gap = this.text.slice(pos, m.from);
      if (m.from >= pos && GAP_AFTER_VERB.test(gap) && (m.speaker?.type !== "NORP" || /^\s*$/.test(gap))) {
        const person = m.speaker?.type === "GPE" || m.speaker?.type === "NORP" ? this.personAfter(i, to) : null;
        return person ?? m;
      }
    }
    return null;
  }

  /**
   * The source named between `start` and `end` (`according to a statement from China's Foreign
   * Ministry`): the last person, else the first other speaker.
   *
   * @example index.within(a, b) // "Chinese Foreign Ministry spokesperson Mao Ning" → Mao Ning
   */
  within(start: number, end: number): SpeakerMention | null {
    let best: SpeakerMention | null = null;
    for (let i = firstFrom(this.#items, start); i < this.#items.length; i++) {
      const m = this.#items[i] as SpeakerMention;
      if (m.end > end) break;
      if (m.speaker?.type === "PERSON" || !best) best = m;
    }
    return best;
  }

  /** `said Chinese Foreign Minister Wang Yi`: the person a country word introduces, if one follows. */
  private personAfter(i: number, to: number): SpeakerMention | null {
    const next = this.#items[i + 1];
    const here = this.#items[i] as SpeakerMention;
    if (!next || next.end > to || next.speaker?.type !== "PERSON") return null;
    return /^(?:['’]s)?\s*$/.test(this.text.slice(here.end, next.from)) ? next : null;
  }
}
