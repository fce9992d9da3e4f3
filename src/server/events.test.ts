import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { EventRecord } from "../model/records.js";
import type { EventsPage } from "./api-types.js";
import { startTestServer, type TestServer } from "./test-fixture.js";

let t: TestServer;
let all: EventRecord[];
before(async () => {
  t = await startTestServer();
  all = await t.store.listEvents({});
});
after(() => t.stop());

const page = async (query: string) => {
  const r = await t.json<EventsPage>(`/api/events?${query}`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
};
const sides = (e: EventRecord) => [...e.actors, ...e.recipients];

describe("GET /api/events filters", () => {
  const filters: [string, string, (e: EventRecord) => boolean][] = [
    ["type", "type=CONSULT,AGREE", (e) => ["CONSULT", "AGREE"].includes(e.event_type)],
    ["repeated type, lower case", "type=consult&type=sanction", (e) => ["CONSULT", "SANCTION"].includes(e.event_type)],
    ["actor by name", "actor=Blinken", (e) => sides(e).some((a) => a.actor_id === "p:antony-blinken")],
    [
      "dyad",
      "dyad=CHN,USA",
      (e) => sides(e).some((a) => a.country === "CHN") && sides(e).some((a) => a.country === "USA"),
    ],
    ["from/to at year precision", "from=2023&to=2023", (e) => e.date?.startsWith("2023") === true],
    ["status", "status=future,negated", (e) => e.status === "future" || e.status === "negated"],
  ];
  for (const [name, query, holds] of filters) {
    test(`${name}: every item matches and the store agrees on the count`, async () => {
      const body = await page(`${query}&limit=1000`);
      assert.ok(body.items.length > 0, "the samples hold matching events");
      assert.ok(body.items.length < all.length, "the filter leaves some out");
      for (const e of body.items) assert.ok(holds(e), `${e.id} ${e.event_type} ${e.date} ${e.status}`);
      assert.equal(body.next_offset, null);
    });
  }

  test("doc: events with a mention in that document", async () => {
    const doc = all[0]?.mentions[0]?.doc_id as string;
    const body = await page(`doc=${doc}&limit=1000`);
    assert.ok(body.items.length > 0);
    for (const e of body.items) assert.ok(e.mentions.some((m) => m.doc_id === doc));
  });

  test("q: full text over the source documents", async () => {
    const body = await page("q=balloon&limit=1000");
    assert.deepEqual(
      body.items.map((e) => e.id),
      (await t.store.listEvents({ text: "balloon" })).map((e) => e.id),
    );
    assert.ok(body.items.length > 0 && body.items.length < all.length);
  });

  test("filters combine", async () => {
    const body = await page("dyad=CHN,USA&type=CONSULT&from=2023-06&to=2023-06");
    assert.ok(body.items.length > 0);
    for (const e of body.items) assert.ok(e.event_type === "CONSULT" && e.date?.startsWith("2023-06"));
  });
});

describe("GET /api/events paging and sorting", () => {
  test("pages follow each other without overlap and end with next_offset null", async () => {
    const seen: string[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const body: EventsPage = await page(`limit=30&offset=${offset}`);
      assert.equal(body.offset, offset);
      assert.ok(body.items.length <= 30);
      seen.push(...body.items.map((e) => e.id));
      offset = body.next_offset;
    }
    assert.deepEqual(
      seen,
      all.map((e) => e.id),
    );
  });

  test("the default page is 50", async () => {
    const body = await page("");
    assert.equal(body.limit, 50);
    assert.equal(body.items.length, 50);
    assert.equal(body.next_offset, 50);
  });

  test("sort=-date: newest first, undated last", async () => {
    const { items } = await page("sort=-date&limit=1000");
    assert.equal(items.length, all.length);
    const dated = items.filter((e) => e.date !== null).map((e) => e.date as string);
    assert.deepEqual(dated, [...dated].sort().reverse());
    assert.ok(items.slice(dated.length).every((e) => e.date === null));
  });

  test("sort=support: most reported first, and pages of a sorted list follow each other", async () => {
    const { items } = await page("sort=support&limit=1000");
    for (let i = 1; i < items.length; i++)
      assert.ok((items[i - 1] as EventRecord).doc_count >= (items[i] as EventRecord).doc_count);
    assert.ok((items[0]?.doc_count ?? 0) > 1);
    const second = await page("sort=support&limit=10&offset=10");
    assert.deepEqual(
      second.items.map((e) => e.id),
      items.slice(10, 20).map((e) => e.id),
    );
    assert.equal(second.next_offset, 20);
  });
});

describe("GET /api/events bad values are 400s naming the parameter", () => {
  const bad: [string, RegExp][] = [
    ["limit=x", /^limit must be a whole number/],
    ["limit=0", /^limit must be between 1 and 1000/],
    ["limit=5000", /^limit must be between/],
    ["offset=-1", /^offset must be a whole number/],
    ["from=2023-13", /^from must be a date/],
    ["to=yesterday", /^to must be a date/],
    ["type=PARTY", /^type must be a PLOVER event type.*PARTY/],
    ["status=maybe", /^status must be one or more of/],
    ["sort=random", /^sort must be one of date, -date, support/],
    ["dyad=CHN", /^dyad must be two actors/],
  ];
  for (const [query, message] of bad) {
    test(query, async () => {
      const r = await t.json<{ error: string }>(`/api/events?${query}`);
      assert.equal(r.status, 400);
      assert.match(r.body.error, message);
    });
  }
});
