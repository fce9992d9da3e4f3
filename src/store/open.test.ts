import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { openStore } from "./open.js";

const dir = mkdtempSync(join(tmpdir(), "annals-open-"));
after(() => rmSync(dir, { recursive: true, force: true }));

describe("openStore", () => {
  // nothing listens on port 1: the connection is refused at once
  for (const url of ["postgres://annals:s3cret-pw@127.0.0.1:1/annals", "POSTGRESQL://annals:s3cret-pw@127.0.0.1:1/x"]) {
    it(`opens ${url.split(":")[0]} URLs as PostgreSQL, never echoing the password`, async () => {
      await assert.rejects(openStore(url), (error: Error) => {
        assert.match(error.message, /^PostgreSQL store postgres(ql)?:\/\/annals:\*\*\*@127\.0\.0\.1:1\/\w+: /i);
        assert.ok(!error.message.includes("s3cret"));
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
