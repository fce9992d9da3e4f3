import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, it } from "node:test";
import { ingest } from "../../corpus/ingest.js";
import type { EventActor } from "../../model/records.js";
import { openSqliteStore } from "../../store/sqlite/sqlite-store.js";
import type { Store } from "../../store/store.js";
import { importPetrarchFile } from "./import-file.js";

const PHOENIX = resolve(process.cwd(), "../shared/data/phoenix-dictionaries");

/** Ingests articles (`date` header + text) into `store` and returns each event participant whose text is `name`. */
async function ingestAndFind(store: Store, dir: string, articles: [string, string][], name: string) {
  const folder = join(dir, "articles");
  mkdirSync(folder);
  for (const [i, [date, text]] of articles.entries())
    writeFileSync(join(folder, `${i}.txt`), `date ${date}\n\n${text}\n`);
  const summary = await ingest(store, [folder]);
  assert.equal(summary.stored, articles.length);
  const found: { date: string | null; actor: EventActor }[] = [];
  for (const e of await store.listEvents()) {
    for (const actor of [...e.actors, ...e.recipients]) if (actor.text === name) found.push({ date: e.date, actor });
  }
  return found.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
}

describe("resolution with an imported dictionary", () => {
  it("gives an imported person the role held on each event's date (invented snippet)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "annals-imported-"));
    const dictionary = join(dir, "Test.actors.txt");
    // An invented Egyptian officer, in the Phoenix country file's shape.
    const lines = [
      "OMAR_EL_FAROUK_  # invented",
      "+OMAR_EL-FAROUK",
      "\t[EGYMIL 770101-120812]",
      "\t[EGYGOV >140608]",
      "\t[EGYELI]",
    ];
    writeFileSync(dictionary, `${lines.join("\n")}\n`);
    const store = await openSqliteStore(join(dir, "annals.db"));
    try {
      await importPetrarchFile(store, dictionary);
      const found = await ingestAndFind(
        store,
        dir,
        [
          ["2015-06-01", "Egyptian President El-Farouk met Russian Foreign Minister Sergei Lavrov in Cairo on Sunday."],
          ["2012-06-01", "Egyptian military chief El-Farouk met US Defense Secretary Leon Panetta in Cairo on Sunday."],
        ],
        "El-Farouk",
      );
      assert.deepEqual(
        found.map((f) => [f.date, f.actor.actor_id, f.actor.sector, f.actor.role]),
        [
          ["2012-05-27", "p:omar-el-farouk", "MIL", "Military (EGYMIL)"],
          ["2015-05-31", "p:omar-el-farouk", "GOV", "Government (EGYGOV)"],
        ],
      );
      const profile = await store.findActor("El-Farouk");
      assert.equal(profile?.name, "Omar el Farouk");
      assert.ok(profile?.roles.every((r) => r.basis === "kb" && r.source === "petrarch:Test.actors.txt"));
    } finally {
      await store.close();
    }
  });

  it("acceptance: with the Phoenix dictionaries, El-Sissi is GOV in 2015 and MIL in 2012", async (t) => {
    if (!existsSync(PHOENIX)) return t.skip("no ../shared/data/phoenix-dictionaries");
    const dir = mkdtempSync(join(tmpdir(), "annals-phoenix-"));
    const store = await openSqliteStore(join(dir, "annals.db"));
    try {
      for (const file of ["Countries", "International", "MilNonState"]) {
        await importPetrarchFile(store, join(PHOENIX, `Phoenix.${file}.actors.txt`));
      }
      await importPetrarchFile(store, join(PHOENIX, "Phoenix.agents.txt"));
      const found = await ingestAndFind(
        store,
        dir,
        [
          ["2015-06-01", "Egyptian President El-Sissi met Russian Foreign Minister Sergei Lavrov in Cairo on Sunday."],
          [
            "2012-06-01",
            "Egyptian military intelligence chief El-Sissi met US Defense Secretary Leon Panetta in Cairo on Sunday.",
          ],
        ],
        "El-Sissi",
      );
      assert.deepEqual(
        found.map((f) => [f.date, f.actor.name, f.actor.country, f.actor.sector]),
        [
          ["2012-05-27", "Abdel Fattah el Sisi", "EGY", "MIL"],
          ["2015-05-31", "Abdel Fattah el Sisi", "EGY", "GOV"],
        ],
      );
      const sisi = await store.findActor("El-Sissi");
      assert.ok(sisi?.aliases.includes("El-Sissi"));
      const source = "petrarch:Phoenix.Countries.actors.txt";
      assert.ok(
        sisi?.roles.some(
          (r) => r.basis === "kb" && r.source === source && r.sector === "MIL" && r.start === "1977-01-01",
        ),
      );
    } finally {
      await store.close();
    }
  });
});
