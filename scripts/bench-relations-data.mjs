// Synthetic canonical events for scripts/bench-relations.mjs, and their bulk load into each store.
// The same seed gives the same events, so both stores hold the same corpus and must agree.
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { dyadPairs } from "../dist/store/dyads.js";
import { PG_DYAD_DATES_BACKFILL } from "../dist/store/postgres/dyads-migration.js";
import { SQLITE_DYAD_DATES_BACKFILL } from "../dist/store/sqlite/dyads-migration.js";

const QUADS = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];
const SCORES = [2, 6, -3, -8];
const TYPES = ["CONSULT", "AID", "ACCUSE", "SANCTION"];
const FIRST_DAY = Date.UTC(2005, 0, 1);
const DAYS = 20 * 365;

/** mulberry32: a small deterministic PRNG. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 150 countries (USA, CHN, RUS first) with Zipf weights, and 3,000 people, each of one country. */
function world(rand) {
  const codes = ["USA", "CHN", "RUS", "GBR", "FRA", "DEU", "IND", "JPN", "IRN", "UKR"];
  for (let i = 0; codes.length < 150; i++)
    codes.push(`X${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`);
  const weights = codes.map((_, k) => 1 / (k + 1) ** 1.1);
  const total = weights.reduce((s, w) => s + w, 0);
  let sum = 0;
  const cumulative = weights.map((w) => {
    sum += w;
    return sum / total;
  });
  const country = () => {
    const r = rand();
    return codes[cumulative.findIndex((c) => c >= r)] ?? codes[codes.length - 1];
  };
  const people = Array.from({ length: 3000 }, (_, i) => ({ id: `p:person-${i}`, country: country() }));
  const actor = () => {
    if (rand() < 0.5) {
      const c = country();
      return { actor_id: c, name: c, kind: "country", country: c, sector: null, role: null, text: c };
    }
    const p = people[Math.floor(rand() * people.length)];
    return { actor_id: p.id, name: p.id, kind: "person", country: p.country, sector: "GOV", role: null, text: p.id };
  };
  return { actor };
}

/** Yields `n` events: 20 years of days, a tenth known to the month, a few to the year; a tenth are meetings with no recipient. */
export function* syntheticEvents(n, seed = 42) {
  const rand = random(seed);
  const { actor } = world(rand);
  for (let i = 0; i < n; i++) {
    const day = new Date(FIRST_DAY + Math.floor(rand() * DAYS) * 86_400_000).toISOString().slice(0, 10);
    const r = rand();
    const date = r < 0.03 ? day.slice(0, 4) : r < 0.13 ? day.slice(0, 7) : day;
    const q = Math.floor(rand() * 4);
    const meeting = rand() < 0.1;
    const actors = meeting ? [actor(), actor()] : [actor()];
    const recipients = meeting ? [] : [actor()];
    const id = `ev_${i.toString(16).padStart(12, "0")}`;
    yield { id, key: `bench|${i}`, type: TYPES[q], date, quad: QUADS[q], score: SCORES[q], actors, recipients };
  }
}

function columns(batch) {
  const sides = batch.flatMap((e) => [
    ...e.actors.map((a) => [e.id, a.actor_id, a.country, "actor"]),
    ...e.recipients.map((a) => [e.id, a.actor_id, a.country, "recipient"]),
  ]);
  const pairs = batch.flatMap((e) => dyadPairs(e.actors, e.recipients).map((p) => [e.id, p, e.date, e.quad, e.score]));
  return { sides, pairs };
}

/** Loads the events into the SQLite store file at `path` (already migrated) in one transaction. */
export function loadSqlite(path, events) {
  const db = new BetterSqlite3(path);
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144"); // 256 MB: the indexes of millions of rows stay in memory
  const event = db.prepare(`INSERT INTO events (event_id, merge_key, event_type, context, actors, recipients, date,
    date_basis, status, score, cameo, goldstein, quad, confidence, doc_count)
    VALUES (?, ?, ?, '[]', ?, ?, ?, 'stated', 'reported', ?, '000', ?, ?, 0.8, 1)`);
  const side = db.prepare("INSERT INTO event_actors (event_id, actor_id, country, side) VALUES (?, ?, ?, ?)");
  const pair = db.prepare(`INSERT INTO event_dyads (event_id, x_actor, x_country, y_actor, y_country, date, quad, score,
    countries_first) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    for (const e of events) {
      event.run(
        e.id,
        e.key,
        e.type,
        JSON.stringify(e.actors),
        JSON.stringify(e.recipients),
        e.date,
        e.score,
        e.score,
        e.quad,
      );
      const { sides, pairs } = columns([e]);
      for (const s of sides) side.run(...s);
      for (const [id, p, date, quad, score] of pairs)
        pair.run(id, p.x_actor, p.x_country, p.y_actor, p.y_country, date, quad, score, p.countries_first ? 1 : 0);
    }
    db.exec(SQLITE_DYAD_DATES_BACKFILL); // the per-date counts saving keeps, built in one pass
  })();
  db.exec("ANALYZE");
  db.close();
}

/** Loads the events into the PostgreSQL store at `url` (already migrated), 5,000 events a multi-row insert. */
export async function loadPostgres(url, events) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let batch = [];
  const flush = async () => {
    const { sides, pairs } = columns(batch);
    const col = (rows, i) => rows.map((r) => r[i]);
    await client.query(
      `INSERT INTO events (event_id, merge_key, event_type, context, actors, recipients, date, date_basis, status,
         score, cameo, goldstein, quad, confidence, doc_count)
       SELECT u.id, u.key, u.type, '[]', u.actors, u.recipients, u.date, 'stated', 'reported', u.score, '000', u.score,
         u.quad, 0.8, 1
       FROM unnest($1::text[], $2::text[], $3::text[], $4::json[], $5::json[], $6::text[], $7::float8[], $8::text[])
         AS u (id, key, type, actors, recipients, date, score, quad)`,
      ["id", "key", "type", "actors", "recipients", "date", "score", "quad"].map((f) =>
        batch.map((e) => (f === "actors" || f === "recipients" ? JSON.stringify(e[f]) : e[f])),
      ),
    );
    await client.query(
      "INSERT INTO event_actors (event_id, actor_id, country, side) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])",
      [0, 1, 2, 3].map((i) => col(sides, i)),
    );
    await client.query(
      `INSERT INTO event_dyads (event_id, x_actor, x_country, y_actor, y_country, date, quad, score, countries_first)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
         $8::float8[], $9::boolean[])`,
      [
        col(pairs, 0),
        ...["x_actor", "x_country", "y_actor", "y_country"].map((k) => pairs.map((p) => p[1][k])),
        col(pairs, 2),
        col(pairs, 3),
        col(pairs, 4),
        pairs.map((p) => p[1].countries_first),
      ],
    );
    batch = [];
  };
  await client.query("BEGIN");
  for (const e of events) {
    batch.push(e);
    if (batch.length === 5000) await flush();
  }
  if (batch.length > 0) await flush();
  await client.query(PG_DYAD_DATES_BACKFILL); // the per-date counts saving keeps, built in one pass
  await client.query("COMMIT");
  await client.query("VACUUM ANALYZE"); // sets the visibility map: index-only scans
  await client.end();
}
