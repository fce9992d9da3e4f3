import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { loadKnowledgeBase } from "../../actors/kb.js";
import { openStore } from "../../store/open.js";
import type { Store } from "../../store/store.js";
import { tempDir } from "../../testing/cli.js";
import { contentHash } from "../content-hash.js";
import { ingest } from "../ingest.js";
import { codeArticle, saveBundle } from "../store-article.js";
import { pinned, readRelative, resolveOn } from "./calendar.js";
import { inferUndatedDocuments } from "./infer.js";

const MET = "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing";
/** 2023-06-16: the meeting was on Thursday 2023-06-15. */
const DATED = `date 2023-06-16\n\n${MET} on Thursday. The talks lasted five hours.\n`;

/** Ingests each article in its own run, in order, as separate ingests would; returns doc ids by name. */
async function ingestEach(store: Store, articles: Record<string, string>): Promise<Record<string, string>> {
  const dir = tempDir("annals-dating-");
  const ids: Record<string, string> = {};
  for (const [name, text] of Object.entries(articles)) {
    writeFileSync(join(dir, `${name}.txt`), text);
    await ingest(store, [join(dir, `${name}.txt`)]);
    const doc = (await store.listDocuments()).find((d) => d.origin.endsWith(`${name}.txt`));
    assert.ok(doc, `${name} stored`);
    ids[name] = doc.doc_id;
  }
  return ids;
}

async function withStore(body: (store: Store) => Promise<void>): Promise<void> {
  const store = await openStore(":memory:");
  try {
    await body(store);
  } finally {
    await store.close();
  }
}

describe("dating undated articles", () => {
  it("resolves weekdays, months and days against a publication day or interval", () => {
    assert.deepEqual(readRelative("on Thursday"), { kind: "weekday", weekday: 4 });
    assert.deepEqual(readRelative("Dec. 21"), { kind: "day", month: 12, day: 21 });
    assert.equal(readRelative("2023"), null);
    assert.equal(resolveOn({ kind: "weekday", weekday: 4 }, "2023-06-19", "reported"), "2023-06-15");
    assert.equal(resolveOn({ kind: "month", month: 10 }, "2023-06-19", "future"), "2023-10");
    assert.equal(resolveOn({ kind: "month", month: 10 }, "2023-06-19", "reported"), "2022-10");
    assert.equal(pinned({ kind: "weekday", weekday: 4 }, "2023-06-15", "2023-06-21", "reported"), "2023-06-15");
    assert.equal(pinned({ kind: "weekday", weekday: 4 }, "2023-06-15", "2023-06-23", "reported"), null);
    assert.deepEqual(readRelative("next month"), { kind: "months", months: 1 });
    assert.equal(resolveOn({ kind: "months", months: -1 }, "2023-01-09", "reported"), "2022-12");
  });

  it("dates an article that announces a dated meeting for next month to the month before it", () =>
    withStore(async (store) => {
      const ids = await ingestEach(store, { a: DATED, e: `${MET.replace(" met ", " will meet ")} next month.\n` });
      assert.deepEqual(await store.getInferredDate(ids.e ?? ""), { from: "2023-05-01", to: "2023-05-31" });
    }));

  it("notes a contradiction only for a date the coder ties to the event, not any date of its sentence", () =>
    withStore(async (store) => {
      // "Thursday" dates the meeting; "June 2" dates the letter in the relative clause
      const undated = `${MET} on Thursday, a trip that a group of NGOs had written to him about on June 2.\n`;
      await ingestEach(store, { a: DATED, b: undated });
      const notes = [];
      for (const e of await store.listEvents()) notes.push(...(await store.getEventMessages(e.id)));
      assert.deepEqual(notes, []);
    }));

  it("dates an undated report of a dated meeting and resolves its relative dates inside the interval", () =>
    withStore(async (store) => {
      const undated = `${MET} on Thursday. Qin Gang will visit Washington in October.\n`;
      const ids = await ingestEach(store, { a: DATED, b: undated });
      assert.deepEqual(await store.getInferredDate(ids.b ?? ""), { from: "2023-06-15", to: "2023-06-21" });
      assert.equal((await store.getDocument(ids.b ?? ""))?.published_at, null, "the stated date stays absent");
      const mine = await store.listEvents({ doc: ids.b ?? "" });
      const dates = mine.map((e) => `${e.status} ${e.date} ${e.date_basis}`).sort();
      // once dated, its report of the meeting joins the dated article's: one event, two documents
      assert.deepEqual(dates, ["future 2023-10 inferred", "reported 2023-06-15 relative"]);
      assert.equal(mine.find((e) => e.status === "reported")?.doc_count, 2);

      const again = await inferUndatedDocuments(store);
      assert.deepEqual(
        again.map((r) => r.interval),
        [{ from: "2023-06-15", to: "2023-06-21" }],
      );
      const after = (await store.listEvents({ doc: ids.b ?? "" })).map((e) => `${e.status} ${e.date} ${e.date_basis}`);
      assert.deepEqual(after.sort(), dates, "a second run changes nothing");
    }));

  it("analyses once a document stored without dating evidence (an older store), and keeps what it found", () =>
    withStore(async (store) => {
      await ingestEach(store, { a: DATED });
      const text = `${MET} on Thursday. Qin Gang will visit Washington in October.\n`;
      const article = { origin: "old/b.txt", text, title: null, source: null, url: null, externalId: null };
      const coded = codeArticle(
        { ...article, publishedAt: null, dateSource: null, format: "text" },
        contentHash(text),
        loadKnowledgeBase(),
      );
      assert.ok(coded.dating, "an undated bundle carries its evidence");
      const { dating: _, ...old } = coded;
      const { doc_id } = await saveBundle(store, old);
      assert.equal((await store.listUndated(null, 10)).documents[0]?.evidence, null);
      const [first] = await inferUndatedDocuments(store);
      assert.deepEqual(first?.interval, { from: "2023-06-15", to: "2023-06-21" });
      const [kept] = (await store.listUndated(null, 10)).documents;
      assert.equal(kept?.doc_id, doc_id);
      assert.ok(
        kept?.evidence?.timexes.some((t) => t.text === "Thursday"),
        "the evidence found is kept",
      );
      const [second] = await inferUndatedDocuments(store);
      const dated = (r: typeof first) => r?.dated.map((d) => `${d.event_id} ${d.date}`).sort();
      assert.deepEqual(second?.interval, first?.interval, "the kept evidence dates it the same way");
      // the meeting joined the dated article's report of it: a second run dates only what is still undated
      assert.deepEqual(
        dated(second),
        dated(first)?.filter((d) => d.endsWith(" 2023-10")),
      );
      assert.equal(dated(first)?.length, 2);
    }));

  it("resolves a month without a year against the merged dated event", () =>
    withStore(async (store) => {
      const ids = await ingestEach(store, { a: DATED, b: `${MET} in June.\n` });
      assert.deepEqual(await store.getInferredDate(ids.b ?? ""), { from: "2023-06-15", to: null });
      const [event] = await store.listEvents({ doc: ids.b ?? "" });
      // dated June, the report fits the meeting of 15 June, whose date stands
      assert.deepEqual([event?.date, event?.date_basis, event?.doc_count], ["2023-06-15", "relative", 2]);
    }));

  it("notes a stated day that contradicts the canonical date on the event, once", () =>
    withStore(async (store) => {
      const ids = await ingestEach(store, { a: DATED, c: `${MET} on Dec. 21.\n` });
      const [dated] = await store.listEvents({ doc: ids.a ?? "" });
      assert.ok(dated);
      const note = {
        doc_id: ids.c ?? "",
        rule: "dating.contradiction",
        reason: 'report dates this event "Dec. 21", the canonical date is 2023-06-15',
      };
      assert.deepEqual(await store.getEventMessages(dated.id), [note]);
      await inferUndatedDocuments(store);
      assert.deepEqual(await store.getEventMessages(dated.id), [note]);
      assert.equal(dated.date, "2023-06-15", "the canonical date stands");
    }));

  it("leaves an undated article with no shared events undated", () =>
    withStore(async (store) => {
      const other = "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Friday.\n";
      const ids = await ingestEach(store, { a: DATED, d: other });
      assert.equal(await store.getInferredDate(ids.d ?? ""), null);
      const [event] = await store.listEvents({ doc: ids.d ?? "" });
      assert.deepEqual([event?.date, event?.date_basis], [null, "unknown"]);
    }));

  it("writes an interval only where it differs from the one stored, cleared ones included", () =>
    withStore(async (store) => {
      const other = "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Friday.\n";
      const ids = await ingestEach(store, { a: DATED, b: `${MET} on Thursday.\n`, d: other });
      const [b, d] = [ids.b ?? "", ids.d ?? ""];
      const written: string[] = [];
      const counting: Store = {
        ...store,
        setInferredDate: async (docId, interval) => {
          written.push(docId);
          await store.setInferredDate(docId, interval);
        },
      };
      await inferUndatedDocuments(counting);
      assert.deepEqual(written, [], "a second pass over the same store writes no interval");
      // as a store dated before other reports came in might hold
      await store.setInferredDate(b, { from: "2020-01-01", to: null });
      await store.setInferredDate(d, { from: null, to: "2020-01-01" });
      await inferUndatedDocuments(counting);
      assert.deepEqual(written.sort(), [b, d].sort());
      assert.deepEqual(await store.getInferredDate(b), { from: "2023-06-15", to: "2023-06-21" });
      assert.equal(await store.getInferredDate(d), null);
    }));

  it("leaves apart from the meeting an undated report of another month, which dating cannot date", () =>
    withStore(async (store) => {
      // published on or after 15 June: "in March" may be this year's or next year's, and no one meeting
      const ids = await ingestEach(store, { a: DATED, b: `${MET} in March.\n` });
      const [event] = await store.listEvents({ doc: ids.b ?? "" });
      assert.deepEqual([event?.date, event?.date_basis, event?.doc_count], [null, "unknown", 1]);
    }));
});
