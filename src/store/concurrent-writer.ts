/**
 * A second process for the store concurrency tests: `node concurrent-writer.js <db> <from> <to>`
 * opens the store (a SQLite path or a postgres:// URL), says "ready", waits for any message, then
 * saves `numberedBundle(i)` for i in [from, to) and reports `{ created }` before exiting.
 */
import { setImmediate as tick } from "node:timers/promises";
import { numberedBundle } from "./fixtures.js";
import { openStore } from "./open.js";

const [path = "", from = "0", to = "0"] = process.argv.slice(2);
const store = await openStore(path);
process.send?.("ready");
await new Promise((resolve) => process.once("message", resolve));
let created = 0;
for (let i = Number(from); i < Number(to); i++) {
  if ((await store.saveDocument(numberedBundle(i))).created) created++;
  await tick();
}
await store.close();
process.send?.({ created });
process.disconnect?.();
