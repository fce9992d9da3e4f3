import type { Database } from "better-sqlite3";
import type { EventMention } from "../../model/records.js";

type Row = EventMention & { event_id: string };

/**
 * Reads the mentions of the events of a listing, by document and offset. All of them come in one
 * query; the first `most` of each (dating reads one) come from one index look-up per event, which
 * stops after `most` rows however often the event was reported.
 *
 * @example mentionsOf(["ev_1", "ev_2"], 1).get("ev_1") // [{ doc_id: "doc_…", sentence: 0, … }]
 */
export function createMentionReader(db: Database): (eventIds: string[], most: number) => Map<string, EventMention[]> {
  const all = db.prepare<[{ ids: string }], Row>(`SELECT event_id, doc_id, sentence, start, "end", text, rule
    FROM event_mentions WHERE event_id IN (SELECT value FROM json_each(@ids)) ORDER BY event_id, doc_id, start, "end"`);
  const first = db.prepare<[string, number], EventMention>(`SELECT doc_id, sentence, start, "end", text, rule
    FROM event_mentions WHERE event_id = ? ORDER BY doc_id, start, "end" LIMIT ?`);
  return (eventIds, most) => {
    const byEvent = new Map<string, EventMention[]>();
    if (most >= 0) {
      for (const id of eventIds) byEvent.set(id, first.all(id, most));
      return byEvent;
    }
    for (const id of eventIds) byEvent.set(id, []);
    const ids = JSON.stringify(eventIds);
    for (const r of all.all({ ids })) {
      byEvent.get(r.event_id)?.push({
        doc_id: r.doc_id,
        sentence: r.sentence,
        start: r.start,
        end: r.end,
        text: r.text,
        rule: r.rule,
      });
    }
    return byEvent;
  };
}
