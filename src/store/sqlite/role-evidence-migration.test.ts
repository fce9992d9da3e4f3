import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { makeBundle } from "../fixtures.js";
import { migrate } from "./migrate.js";
import { MIGRATIONS } from "./migrations.js";
import { openDatabase } from "./open-db.js";
import { ROLE_EVIDENCE_MIGRATION } from "./role-evidence-migration.js";
import { openSqliteStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "annals-role-evidence-"));
after(() => rmSync(dir, { recursive: true, force: true }));

describe("role evidence migration", () => {
  it("moves each role's evidence array into rows, in order, and later reports append to it", async () => {
    const path = join(dir, "old.db");
    const db = openDatabase(path);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < ROLE_EVIDENCE_MIGRATION.version),
    );
    db.exec(`INSERT INTO actors (actor_id, name, name_norm, kind, country, mention_count)
      VALUES ('p:ngozi-okonjo-iweala', 'Ngozi Okonjo-Iweala', 'ngozi okonjo-iweala', 'person', 'NGA', 3)`);
    // written as an older build did: spans in the order the reports came, optional fields as they were
    const old = [
      { doc_id: "doc_bbbbbbbbbbbb", start: 40, end: 72, date: "2021-03-01", tense: "current" },
      { doc_id: "doc_aaaaaaaaaaaa", start: 3, end: 30 },
      { doc_id: "doc_cccccccccccc", start: 0, end: 25, date: null },
    ];
    db.prepare(`INSERT INTO roles (actor_id, title, organization, country, sector, start, "end", basis, source,
        evidence) VALUES ('p:ngozi-okonjo-iweala', 'Director-General', 'World Trade Organization', NULL, NULL,
        NULL, NULL, 'text', NULL, ?)`).run(JSON.stringify(old));
    db.close();

    const store = await openSqliteStore(path);
    try {
      const before = await store.findActor("p:ngozi-okonjo-iweala");
      assert.deepEqual(before?.roles[0]?.evidence, old);
      const text = "Director-General Ngozi Okonjo-Iweala opened the ministerial meeting in Abu Dhabi.";
      const saved = await store.saveDocument(
        makeBundle({
          origin: "wto.txt",
          text,
          actors: [
            {
              id: "p:ngozi-okonjo-iweala",
              aliases: ["Ngozi Okonjo-Iweala"],
              roles: [
                {
                  title: "Director-General",
                  organization: "World Trade Organization",
                  evidence: "Director-General Ngozi Okonjo-Iweala",
                },
              ],
            },
          ],
        }),
      );
      const after = await store.findActor("p:ngozi-okonjo-iweala");
      assert.equal(after?.roles.length, 1);
      assert.equal(after?.roles[0]?.sector, "GOV", "a field the stored role lacked is filled");
      assert.deepEqual(after?.roles[0]?.evidence, [...old, { doc_id: saved.doc_id, start: 0, end: 36 }]);
    } finally {
      await store.close();
    }
  });
});
