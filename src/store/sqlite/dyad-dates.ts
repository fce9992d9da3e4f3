import type { Database } from "better-sqlite3";

interface DateRow {
  verbal_cooperation: number;
  material_cooperation: number;
  verbal_conflict: number;
  material_conflict: number;
  total: number;
  micro_sum: number;
  event_ids: string;
}

type Quad = "verbal_cooperation" | "material_cooperation" | "verbal_conflict" | "material_conflict";

/**
 * Keeps `dyad_dates` (see dyads-migration.ts) as events are saved or change date: `add(id)` puts a
 * stored event that happened (status `reported`, with its `event_dyads` rows) under its current
 * date, once per pair of countries facing each other in it; `remove(id, date)` takes it out from
 * under its former date, if it is there. Runs inside
 * the caller's write transaction.
 */
export function createDyadDates(db: Database) {
  const event = db.prepare<[string], { date: string | null; quad: Quad; score: number; status: string }>(
    "SELECT date, quad, score, status FROM events WHERE event_id = ?",
  );
  const pairs = db.prepare<[string], { a: string; b: string }>(`SELECT DISTINCT min(x_country, y_country) AS a,
      max(x_country, y_country) AS b
    FROM event_dyads WHERE event_id = ? AND countries_first AND x_country IS NOT NULL AND y_country IS NOT NULL`);
  const get = db.prepare<[string, string, string], DateRow>(
    "SELECT * FROM dyad_dates WHERE a_country = ? AND b_country = ? AND date = ?",
  );
  const put = db.prepare(`INSERT OR REPLACE INTO dyad_dates (a_country, b_country, date, verbal_cooperation,
      material_cooperation, verbal_conflict, material_conflict, total, micro_sum, event_ids)
    VALUES (@a, @b, @date, @verbal_cooperation, @material_cooperation, @verbal_conflict, @material_conflict, @total,
      @micro_sum, @event_ids)`);
  const drop = db.prepare<[string, string, string]>(
    "DELETE FROM dyad_dates WHERE a_country = ? AND b_country = ? AND date = ?",
  );

  const change = (id: string, date: string | null, sign: 1 | -1) => {
    const e = event.get(id);
    if (!e || date === null || (sign === 1 && e.status !== "reported")) return;
    for (const { a, b } of pairs.all(id)) {
      const row = get.get(a, b, date) ?? {
        verbal_cooperation: 0,
        material_cooperation: 0,
        verbal_conflict: 0,
        material_conflict: 0,
        total: 0,
        micro_sum: 0,
        event_ids: "",
      };
      const ids = new Set(row.event_ids === "" ? [] : row.event_ids.split(","));
      if ((sign === 1) === ids.has(id)) continue; // already there, or already gone
      if (sign === 1) ids.add(id);
      else ids.delete(id);
      if (ids.size === 0) {
        drop.run(a, b, date);
        continue;
      }
      put.run({
        ...row,
        a,
        b,
        date,
        [e.quad]: row[e.quad] + sign,
        total: row.total + sign,
        micro_sum: row.micro_sum + sign * Math.round(e.score * 1_000_000),
        event_ids: [...ids].sort().join(","),
      });
    }
  };
  return {
    add: (id: string) => change(id, event.get(id)?.date ?? null, 1),
    remove: (id: string, date: string | null) => change(id, date, -1),
  };
}
