/**
 * Test support: a table row `[behaviour, text, expected]` where `expected` lists every event the
 * text yields, each as one line that reads like the spec:
 *
 *   "CONSULT/phone Joe Biden → Xi Jinping | reported 2023-06-20 (relative) | in Beijing"
 *
 * type and mode, actors joined by `+`, `→` recipients, status, date (`undated`) with its basis, and
 * `| in <place>` when the event has a location. Each event's evidence must point at its sentence.
 */

import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../analyze.js";
import type { EventRecord } from "../../model/records.js";

export type Row = [behaviour: string, text: string, expected: string[]];

/** The default publication date of a table: Tuesday 20 June 2023. */
export const PUBLISHED = "2023-06-20";

export function describeEvent(e: EventRecord): string {
  const who = e.actors.map((a) => a.name).join(" + ");
  const whom = e.recipients.length > 0 ? ` → ${e.recipients.map((a) => a.name).join(" + ")}` : "";
  const where = e.location ? ` | in ${e.location.name}` : "";
  return `${e.event_type}${e.mode ? `/${e.mode}` : ""} ${who}${whom} | ${e.status} ${e.date ?? "undated"} (${e.date_basis})${where}`;
}

export function eventsOf(text: string, publishedAt: string | null = PUBLISHED): EventRecord[] {
  const events = analyze(text, { publishedAt }).events;
  for (const e of events) {
    for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text, "evidence offsets");
  }
  return events;
}

export function runTable(rows: readonly Row[], publishedAt: string | null = PUBLISHED): void {
  for (const [behaviour, text, expected] of rows) {
    test(behaviour, () => assert.deepEqual(eventsOf(text, publishedAt).map(describeEvent), expected));
  }
}
