import { after, describe } from "node:test";
import { createTestDatabase, pgSkipReason, type TestDatabase } from "../../testing/pg-test-db.js";
import { runStoreContract } from "../contract.js";
import type { Store } from "../store.js";
import { openPostgresStore } from "./pg-store.js";

// One fresh database a store; the contract closes each store, and every database is dropped at the end.
const databases: TestDatabase[] = [];
const urls = new Map<Store, string>();

async function freshStore(): Promise<Store> {
  const db = await createTestDatabase();
  databases.push(db);
  const store = await openPostgresStore(db.url);
  urls.set(store, db.url);
  return store;
}

describe("postgres store", { skip: pgSkipReason() }, () => {
  after(async () => {
    for (const db of databases) await db.drop();
  });
  runStoreContract("postgres", freshStore, {
    reopen: async (store) => {
      await store.close();
      return openPostgresStore(urls.get(store) ?? "");
    },
  });
});
