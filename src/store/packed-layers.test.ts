import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { MessageRecord } from "../model/records.js";
import { packLayers, unpackMentions, unpackMessages, unpackSentences } from "./packed-layers.js";
import type { MentionRow, SentenceRow } from "./store.js";

const sentences: SentenceRow[] = [
  { index: 0, start: 0, end: 58 },
  { index: 1, start: 59, end: 131 },
];
const mentions: MentionRow[] = [
  { start: 0, end: 12, text: "Olaf Scholz", type: "PERSON", actor_id: "p:olaf-scholz", rule: "kb" },
  { start: 30, end: 37, text: "Québec \u201cSummit\u201d", type: "GPE", actor_id: null, rule: null },
];
const messages: MessageRecord[] = [
  { stage: "events", rule: "no-recipient", reason: "verb had no object", start: 59, end: 131 },
];

describe("packed document layers", () => {
  it("read back what was packed, field for field and in order", () => {
    const packed = packLayers(sentences, mentions, messages);
    assert.deepEqual(unpackSentences(packed.sentences), sentences);
    assert.deepEqual(unpackMentions(packed.mentions), mentions);
    assert.deepEqual(unpackMessages(packed.messages), messages);
    assert.deepEqual(Object.keys(unpackMentions(packed.mentions)[0] ?? {}), Object.keys(mentions[0] ?? {}));
  });

  it("keep a mention without actor or rule as nulls, and empty layers as empty", () => {
    const { actor_id: _a, rule: _r, ...bare } = mentions[0] as MentionRow;
    const packed = packLayers([], [bare as MentionRow], []);
    assert.deepEqual(unpackMentions(packed.mentions), [{ ...bare, actor_id: null, rule: null }]);
    assert.deepEqual(unpackSentences(packed.sentences), []);
    assert.deepEqual(unpackMessages(packed.messages), []);
  });

  it("give sentences back by index, and refuse two with one index", () => {
    const [first, second] = sentences as [SentenceRow, SentenceRow];
    assert.deepEqual(unpackSentences(packLayers([second, first], [], []).sentences), sentences);
    assert.throws(() => packLayers([first, second, { ...first, start: 200, end: 240 }], [], []), /same index/);
  });
});
