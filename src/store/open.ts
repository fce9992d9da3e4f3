import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { openPostgresStore } from "./postgres/pg-store.js";
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/**
 * Opens the store a `--db` value names: a `postgres://` or `postgresql://` URL selects PostgreSQL
 * (its password never appears in errors); anything else is a SQLite file path, its folder created
 * if missing, or `:memory:`.
 *
 * @example const store = await openStore("./annals.db");
 * @example const store = await openStore("postgres://annals@localhost/annals");
 */
export async function openStore(url: string): Promise<Store> {
  if (POSTGRES_URL.test(url)) return openPostgresStore(url);
  if (url !== ":memory:") mkdirSync(dirname(url), { recursive: true });
  return openSqliteStore(url);
}
