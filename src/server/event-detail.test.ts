import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { EventRecord } from "../model/records.js";
import type { EventResponse, EventsPage } from "./api-types.js";
import { startTestServer, type TestServer } from "./test-fixture.js";

let t: TestServer;
let all: EventRecord[];
before(async () => {
  t = await startTestServer();
  all = await t.store.listEvents({});
});
after(() => t.stop());

describe("GET /api/events/:id", () => {
  test("the event, its notes and its evidence spans in each source document", async () => {
    const multi = all.find((e) => e.doc_count > 1 && e.actors.length > 0) as EventRecord;
    const { status, body } = await t.json<EventResponse>(`/api/events/${multi.id}`);
    assert.equal(status, 200);
    assert.deepEqual(body.event, multi);
    assert.ok(Array.isArray(body.messages));
    assert.deepEqual(
      body.documents.map((d) => d.doc_id).sort(),
      [...new Set(multi.mentions.map((m) => m.doc_id))].sort(),
    );
    // A report naming the sides only as "the two leaders" (coreference) has no actor span to show.
    assert.ok(body.documents.some((d) => d.spans.some((s) => s.kind === "actor")));
    for (const doc of body.documents) {
      assert.ok(
        doc.spans.some((s) => s.kind === "trigger"),
        doc.doc_id,
      );
      for (const s of doc.spans) assert.equal(doc.text.slice(s.start, s.end), s.text);
      for (let i = 1; i < doc.spans.length; i++)
        assert.ok((doc.spans[i - 1]?.start ?? 0) <= (doc.spans[i]?.start ?? 0));
    }
  });

  test("a trigger span is the trigger word, not the whole sentence", async () => {
    const { body } = await t.json<EventResponse>("/api/events?type=CONSULT&limit=1").then(async (r) => {
      const id = (r.body as unknown as EventsPage).items[0]?.id;
      return t.json<EventResponse>(`/api/events/${id}`);
    });
    const trigger = body.documents[0]?.spans.find((s) => s.kind === "trigger");
    const sentence = body.event.mentions[0];
    assert.ok(trigger && sentence);
    assert.ok(trigger.end - trigger.start < sentence.end - sentence.start, trigger.text);
  });

  test("an unknown id is a JSON 404", async () => {
    const r = await t.json<{ error: string }>("/api/events/ev_nope");
    assert.equal(r.status, 404);
    assert.match(r.body.error, /no event with id "ev_nope"/);
  });
});
