import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/**
 * Opens the store a `--db` value names: a `postgres://` or `postgresql://` URL selects PostgreSQL
 * (not in this build yet: it throws); anything else is a SQLite file path, its folder created if
 * missing, or `:memory:`.
 *
 * @example const store = await openStore("./annals.db");
 */
export async function openStore(url: string): Promise<Store> {
  if (POSTGRES_URL.test(url)) {
    // the URL is not echoed: it may hold a password
    throw new Error(
      "PostgreSQL store is not available in this build: pass a SQLite file path to --db (e.g. ./annals.db)",
    );
  }
  if (url !== ":memory:") mkdirSync(dirname(url), { recursive: true });
  return openSqliteStore(url);
}
