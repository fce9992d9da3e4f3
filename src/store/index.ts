export { documentId, eventId, normalizeName } from "./ids.js";
export type * from "./kb-store.js";
export { openStore } from "./open.js";
export { isoWeek, periodOf } from "./periods.js";
export { openSqliteStore, type SqliteStoreOptions } from "./sqlite/sqlite-store.js";
export type * from "./store.js";
