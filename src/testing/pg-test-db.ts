import { randomBytes } from "node:crypto";
import pg from "pg";
import { findPgBinaries } from "./pg-binaries.js";
import { type PgCluster, startPgCluster } from "./pg-cluster.js";

/** A fresh, empty database for one test or suite, on the shared test server. */
export interface TestDatabase {
  url: string;
  /** Drops the database (closing any connection still open on it). */
  drop(): Promise<void>;
}

let shared: Promise<PgCluster> | null = null;

/**
 * Why the PostgreSQL tests cannot run here, or undefined when they can: with `ANNALS_TEST_PG_URL`
 * set, or with the server programs installed. Under `CI` a missing PostgreSQL throws instead of
 * skipping, so a broken CI image fails loudly.
 *
 * @example describe("postgres store", { skip: pgSkipReason() }, () => { … });
 */
export function pgSkipReason(): string | undefined {
  if (process.env.ANNALS_TEST_PG_URL) return undefined;
  if (findPgBinaries() !== null) return undefined;
  const reason = "PostgreSQL not found (no initdb under /usr/lib/postgresql/*/bin or on PATH, no ANNALS_TEST_PG_URL)";
  if (process.env.CI) throw new Error(`${reason}: CI must install PostgreSQL`);
  return reason;
}

/**
 * The server the tests of this process share: `ANNALS_TEST_PG_URL` when set, else one throwaway
 * cluster started on first use and stopped when the process exits.
 */
export async function testPgServerUrl(): Promise<string> {
  const external = process.env.ANNALS_TEST_PG_URL;
  if (external) return external;
  shared ??= startPgCluster();
  return (await shared).url;
}

/**
 * Creates a database with a random name on the test server, so each test or suite is isolated.
 *
 * @example const db = await createTestDatabase(); const store = await openStore(db.url); … await db.drop();
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = await testPgServerUrl();
  const name = `annals_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(admin, `CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
