import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { openStore } from "./open.js";

const dir = mkdtempSync(join(tmpdir(), "annals-open-"));
after(() => rmSync(dir, { recursive: true, force: true }));

describe("openStore", () => {
  for (const url of ["postgres://annals:secret@db.example/annals", "postgresql://localhost/annals", "POSTGRES://x"]) {
    it(`refuses ${url.split(":")[0]} URLs clearly, without echoing them`, async () => {
      await assert.rejects(openStore(url), (error: Error) => {
        assert.match(error.message, /^PostgreSQL store is not available in this build: /);
        assert.ok(!error.message.includes("secret"));
        return true;
      });
    });
  }

  it("opens a SQLite file, creating its folder", async () => {
    const path = join(dir, "nested", "deeper", "annals.db");
    const store = await openStore(path);
    assert.equal(store.kind, "sqlite");
    assert.equal(await store.countDocuments(), 0);
    await store.close();
    assert.ok(existsSync(path));
  });

  it("opens an in-memory store", async () => {
    const store = await openStore(":memory:");
    assert.ok((await store.schemaVersion()) >= 1);
    await store.close();
  });
});
