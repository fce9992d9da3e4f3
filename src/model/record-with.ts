import type { EventMention, EventRecord } from "./records.js";

/**
 * A coded event with some fields changed: `{ ...record, ...changes }`, built as one literal in the
 * field order every event record has. A spread copy gets a hidden class apart from the literal's, so
 * records copied at different places were several classes to every function reading them, each a
 * reason to compile it again (docs/performance.md). Same fields, same order: the JSON is unchanged.
 *
 * @example recordWith(record, { confidence: 0.6 }).confidence // 0.6
 */
export function recordWith(r: EventRecord, ...changes: Partial<EventRecord>[]): EventRecord {
  const copy: EventRecord = {
    id: r.id,
    event_type: r.event_type,
    mode: r.mode,
    context: r.context,
    actors: r.actors,
    recipients: r.recipients,
    date: r.date,
    date_end: r.date_end,
    date_basis: r.date_basis,
    status: r.status,
    location: r.location,
    score: r.score,
    cameo: r.cameo,
    goldstein: r.goldstein,
    quad: r.quad,
    confidence: r.confidence,
    doc_count: r.doc_count,
    mentions: r.mentions,
  };
  return Object.assign(copy, ...changes);
}

/**
 * A mention whose rule says what else decided its event (`…+lead-occasion`), as one literal: see
 * `recordWith`.
 *
 * @example withRuleSuffix(mention, "since-when").rule // "consult.meet.verb+args.subject-object+since-when"
 */
export function withRuleSuffix(m: EventMention, suffix: string): EventMention {
  return {
    doc_id: m.doc_id,
    sentence: m.sentence,
    start: m.start,
    end: m.end,
    text: m.text,
    rule: `${m.rule}+${suffix}`,
  };
}

/**
 * The record with another date, the rule that gave it added to each mention's (`…+since-when`).
 *
 * @example redated(record, { date: "2023-06-18", date_end: null, date_basis: "stated" }, "since-when").date // "2023-06-18"
 */
export function redated(
  r: EventRecord,
  when: Pick<EventRecord, "date" | "date_end" | "date_basis">,
  suffix: string,
): EventRecord {
  return recordWith(r, when, { mentions: r.mentions.map((m) => withRuleSuffix(m, suffix)) });
}
