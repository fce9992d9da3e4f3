import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eventRecord, mentionIn } from "../../testing/events.js";
import { happeningType } from "./announced.js";

const said = (rule: string) => ({ ...mentionIn("d1"), rule });

describe("happeningType: what an announced event will be once it happens", () => {
  // biome-ignore format: one case per line reads as a table
  const cases: [string, string, string, string][] = [
    ["a planned meeting is a meeting", "AGREE", "consult.meet.verb+args.subject-object+intent", "CONSULT"],
    ["an intended attack is an attack", "THREATEN", "assault.attack.verb+args.subject-object+intent", "ASSAULT"],
    ["an agreement read as one stays one", "AGREE", "agree.agree.verb+args.joint-subject", "AGREE"],
    ["a rule with no type before it keeps the coded type", "AGREE", "fixture+intent", "AGREE"],
  ];
  for (const [behaviour, type, rule, expected] of cases)
    test(behaviour, () =>
      assert.equal(happeningType(eventRecord({ event_type: type, mentions: [said(rule)] })), expected),
    );
});
