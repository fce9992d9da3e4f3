import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { ActorResponse, ActorsPage, RelationsResponse, SearchResponse, TimelineResponse } from "./api-types.js";
import { startTestServer, type TestServer } from "./test-fixture.js";

let t: TestServer;
before(async () => {
  t = await startTestServer();
});
after(() => t.stop());

describe("GET /api/actors", () => {
  test("most mentioned first, paged", async () => {
    const { body } = await t.json<ActorsPage>("/api/actors?limit=5");
    assert.equal(body.items.length, 5);
    assert.equal(body.next_offset, 5);
    for (let i = 1; i < 5; i++)
      assert.ok((body.items[i - 1]?.mention_count ?? 0) >= (body.items[i]?.mention_count ?? 0));
  });

  test("q matches a name or alias, accents and case ignored; kind filters", async () => {
    const { body } = await t.json<ActorsPage>("/api/actors?q=BLINK&kind=person");
    assert.deepEqual(
      body.items.map((a) => a.actor_id),
      ["p:antony-blinken"],
    );
    const countries = await t.json<ActorsPage>("/api/actors?kind=country&limit=1000");
    assert.ok(countries.body.items.length > 2);
    assert.ok(countries.body.items.every((a) => a.kind === "country"));
  });

  test("kind=planet is a 400 naming kind", async () => {
    const r = await t.json<{ error: string }>("/api/actors?kind=planet");
    assert.equal(r.status, 400);
    assert.match(r.body.error, /^kind must be one of/);
  });

  test("one actor by id, name or alias, with counts and its latest events", async () => {
    for (const name of ["p:antony-blinken", "Antony Blinken", "blinken"]) {
      const { status, body } = await t.json<ActorResponse>(`/api/actors/${encodeURIComponent(name)}`);
      assert.equal(status, 200, name);
      assert.equal(body.actor.actor_id, "p:antony-blinken");
      assert.deepEqual(body.counts, await t.store.actorEventCounts("p:antony-blinken"));
      assert.ok(body.events.length > 0 && body.events.length <= 50);
      for (const e of body.events)
        assert.ok([...e.actors, ...e.recipients].some((a) => a.actor_id === "p:antony-blinken"));
      const dates = body.events.filter((e) => e.date).map((e) => e.date as string);
      assert.deepEqual(dates, [...dates].sort().reverse());
    }
  });

  test("an unknown actor is a JSON 404", async () => {
    const r = await t.json<{ error: string }>("/api/actors/Nobody%20At%20All");
    assert.equal(r.status, 404);
  });
});

describe("GET /api/timeline", () => {
  test("entries in date order, every cited event included", async () => {
    const { status, body } = await t.json<TimelineResponse>("/api/timeline?dyad=CHN,USA");
    assert.equal(status, 200);
    assert.ok(body.entries.length > 3);
    const dates = body.entries.map((e) => e.date);
    assert.deepEqual(dates, [...dates].sort());
    for (const entry of body.entries)
      for (const id of entry.event_ids) assert.equal(body.events[id]?.id, id, `cited ${id} is included`);
    assert.ok(Object.values(body.events).every((e) => e.status === "reported"));
  });

  test("all=1 brings planned and negated events in; limit caps the events read", async () => {
    const every = await t.json<TimelineResponse>("/api/timeline?all=1");
    assert.ok(Object.values(every.body.events).some((e) => e.status !== "reported"));
    const capped = await t.json<TimelineResponse>("/api/timeline?limit=3");
    assert.ok(Object.keys(capped.body.events).length <= 3);
  });

  test("a bad filter is a 400", async () => {
    assert.equal((await t.json("/api/timeline?from=June")).status, 400);
  });
});

describe("GET /api/relations", () => {
  test("a series per period with net cooperation", async () => {
    const { status, body } = await t.json<RelationsResponse>("/api/relations?a=CHN&b=USA&by=year");
    assert.equal(status, 200);
    assert.equal(body.by, "year");
    assert.ok(body.points.length > 1);
    for (const p of body.points) {
      assert.match(p.period, /^\d{4}$/);
      assert.ok(p.net_cooperation >= -1 && p.net_cooperation <= 1);
      assert.equal(p.total, p.event_ids.length);
    }
    const ranged = await t.json<RelationsResponse>("/api/relations?a=CHN&b=USA&by=month&from=2023-01&to=2023-12");
    assert.ok(ranged.body.points.every((p) => p.period.startsWith("2023-")));
  });

  const bad: [string, RegExp][] = [
    ["a=CHN&b=USA&by=hour", /^by must be one of day, week, month, year/],
    ["a=CHN", /^b is required/],
    ["b=USA", /^a is required/],
    ["a=CHN&b=USA&from=2023-02-30x", /^from must be a date/],
  ];
  for (const [query, message] of bad) {
    test(`${query} is a 400`, async () => {
      const r = await t.json<{ error: string }>(`/api/relations?${query}`);
      assert.equal(r.status, 400);
      assert.match(r.body.error, message);
    });
  }
});

describe("GET /api/search", () => {
  test("hits with snippets, best first, at most limit", async () => {
    const { body } = await t.json<SearchResponse>("/api/search?q=balloon&limit=2");
    assert.equal(body.hits.length, 2);
    assert.match(body.hits[0]?.snippet ?? "", /\[balloon\]/i);
  });

  test("a missing q is a 400 naming q", async () => {
    const r = await t.json<{ error: string }>("/api/search");
    assert.equal(r.status, 400);
    assert.match(r.body.error, /^q is required/);
  });
});
