import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, test } from "node:test";
import { analyzeDocument } from "../../../analyze.js";
import { readInputs } from "../../../ingest/read.js";
import type { EventRecord } from "../../../model/records.js";
import { assignEvents } from "./assign-events.js";
import { describeEvents, type ExpectedEvent } from "./expected-event.js";

/**
 * The seed articles' events as an analyst lists them (analyst-events.json), each its own case: the
 * coder must produce an event of that type, participants, date and place. Cases the coder misses
 * today are todos with the reason, so fixing one turns it green.
 */
const SEEDS = resolve(process.cwd(), "../shared/seeds");
const { events: expected } = JSON.parse(
  readFileSync(new URL("../../../../src/stages/events/seeds/analyst-events.json", import.meta.url), "utf8"),
) as { events: ExpectedEvent[] };

interface Coded {
  events: EventRecord[];
  /** Expected id → the coded event it is paired with (one to one over the seed). */
  assigned: Map<string, number>;
}
const coded = new Map<string, Promise<Coded>>();

/** The events of one seed, read like `ingest` reads it (header date included), analysed and paired once. */
function codedSeed(seed: string): Promise<Coded> {
  const cached = coded.get(seed);
  if (cached) return cached;
  const run = (async () => {
    for await (const r of readInputs([join(SEEDS, seed)])) {
      if (r.kind !== "article") continue;
      const { events } = analyzeDocument(r.article.text, { publishedAt: r.article.publishedAt }).record;
      return {
        events,
        assigned: assignEvents(
          expected.filter((e) => e.seed === seed),
          events,
        ),
      };
    }
    throw new Error(`${seed}: not read as an article`);
  })();
  coded.set(seed, run);
  return run;
}

describe("seed articles: the analyst's event list", () => {
  for (const e of expected) {
    test(`${e.id}: ${e.description}`, e.todo ? { todo: e.todo } : {}, async (t) => {
      if (!existsSync(join(SEEDS, e.seed))) return t.skip(`../shared/seeds/${e.seed} is not here`);
      const { events, assigned } = await codedSeed(e.seed);
      assert.ok(
        assigned.has(e.id),
        `no ${e.type} ${e.actors.map((a) => a.country).join("+")}>${e.recipients.map((a) => a.country).join("+")} ${e.date ?? "undated"} @${e.place ?? "-"} among:\n${describeEvents(events)}`,
      );
    });
  }
});
