import { packed } from "../../model/packed.js";
import { recordWith, withRuleSuffix } from "../../model/record-with.js";
import type { EventRecord } from "../../model/records.js";

/**
 * `The ministry condemned the controls that the United States unveiled, warning that they will
 * disrupt trade`: a participle clause after the main verb has the main clause's subject, whoever the
 * nearest name before it is. The record with the main event's actors (those among its recipients
 * dropped), or the record as it is when the two already agree.
 */
export function mainSubject(record: EventRecord, main: EventRecord): EventRecord {
  const ids = new Set(main.actors.map((a) => a.actor_id));
  if (main.actors.length === 0 || record.actors.every((a) => ids.has(a.actor_id))) return record;
  const mentions = record.mentions.map((m) => withRuleSuffix(m, "main-subject"));
  const recipients = packed(record.recipients.filter((r) => !ids.has(r.actor_id)));
  return recordWith(record, { actors: main.actors, recipients, mentions });
}
