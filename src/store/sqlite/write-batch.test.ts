import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ActorKind } from "../../model/records.js";
import { numberedBundle } from "../fixtures.js";
import type { DocumentBundle } from "../store.js";
import { openSqliteStore } from "./sqlite-store.js";

/** A bundle whose actor cannot be stored (kind NOT NULL): its save fails after the document row went in. */
function broken(i: number): DocumentBundle {
  const bundle = numberedBundle(i);
  assert.ok(bundle.actors.length > 0);
  return { ...bundle, actors: bundle.actors.map((a) => ({ ...a, kind: null as unknown as ActorKind })) };
}

describe("sqlite writeBatch", () => {
  it("keeps each document atomic: a failed save inside a batch leaves nothing of it, the others commit", async () => {
    const store = await openSqliteStore(":memory:");
    try {
      const failures: string[] = [];
      await store.writeBatch?.(async () => {
        for (const bundle of [numberedBundle(1), broken(2), numberedBundle(3)]) {
          await store.saveDocument(bundle).catch((error: Error) => failures.push(error.message));
        }
      });
      assert.equal(failures.length, 1);
      assert.deepEqual(
        (await store.listDocuments()).map((d) => d.origin),
        ["bulk/1.txt", "bulk/3.txt"],
      );
      assert.equal(await store.hasDocument(broken(2).document.content_hash), false);
    } finally {
      await store.close();
    }
  });

  it("without a savepoint per document, stores the batch whole, or nothing of it once a save failed", async () => {
    const store = await openSqliteStore(":memory:");
    try {
      const whole = { perDocument: false };
      await store.writeBatch?.(async () => {
        for (const i of [1, 2]) await store.saveDocument(numberedBundle(i));
      }, whole);
      assert.equal(await store.countDocuments(), 2);
      // the failed save left its document row behind: even caught, it condemns the batch
      const failures: string[] = [];
      await assert.rejects(
        store.writeBatch?.(async () => {
          for (const bundle of [numberedBundle(3), broken(4), numberedBundle(5)])
            await store.saveDocument(bundle).catch((error: Error) => failures.push(error.message));
        }, whole) ?? Promise.reject(new Error("no batches")),
      );
      assert.equal(failures.length, 1);
      assert.equal(await store.countDocuments(), 2);
      assert.equal(await store.hasDocument(broken(4).document.content_hash), false);
      assert.equal(await store.hasDocument(numberedBundle(3).document.content_hash), false);
    } finally {
      await store.close();
    }
  });

  it("rolls the whole batch back when it throws, so a run resumes from the last committed batch", async () => {
    const store = await openSqliteStore(":memory:");
    try {
      await assert.rejects(
        store.writeBatch?.(async () => {
          await store.saveDocument(numberedBundle(1));
          throw new Error("interrupted");
        }) ?? Promise.reject(new Error("interrupted")),
        /interrupted/,
      );
      assert.equal(await store.countDocuments(), 0);
      await store.writeBatch?.(async () => store.saveDocument(numberedBundle(1)));
      assert.equal(await store.countDocuments(), 1);
    } finally {
      await store.close();
    }
  });

  it("reads only the first mentions when a listing asks for them", async () => {
    const store = await openSqliteStore(":memory:");
    try {
      for (const i of [1, 2, 3]) await store.saveDocument(numberedBundle(i));
      const all = await store.listEvents();
      const first = await store.listEvents({ mentions: 1 });
      assert.ok(all.some((e) => e.mentions.length > 1));
      assert.deepEqual(
        first.map((e) => e.mentions),
        all.map((e) => e.mentions.slice(0, 1)),
      );
    } finally {
      await store.close();
    }
  });
});
