export { documentId, eventId, normalizeName } from "./ids.js";
export type * from "./kb-store.js";
export { openStore } from "./open.js";
export { isoWeek, periodOf } from "./periods.js";
export { openPostgresStore, type PostgresStoreOptions } from "./postgres/pg-store.js";
export { openSqliteStore, type SqliteStoreOptions } from "./sqlite/sqlite-store.js";
export type * from "./store.js";
