import type { EntityMention, Span } from "../../doc/layers.js";
import { firstFrom } from "../coref/bisect.js";

/** True when the spans run in order of start and none ends before it starts, as the entities stage leaves them. */
export function byStart(spans: readonly Span[]): boolean {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i] as Span;
    if (s.end < s.start || (i > 0 && (spans[i - 1] as Span).start > s.start)) return false;
  }
  return true;
}

/**
 * The entities inside a span, in order. Where they run by start (`ordered`), the ones inside form one
 * stretch found by binary search, instead of every entity of the article being tested for every sentence.
 */
export function within(entities: readonly EntityMention[], ordered: boolean, span: Span): EntityMention[] {
  if (!ordered) return entities.filter((e) => e.start >= span.start && e.end <= span.end);
  const found: EntityMention[] = [];
  for (
    let i = firstFrom(entities, span.start);
    i < entities.length && (entities[i] as EntityMention).start <= span.end;
    i++
  ) {
    const e = entities[i] as EntityMention;
    if (e.end <= span.end) found.push(e);
  }
  return found;
}
