import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, it } from "node:test";
import { ingest } from "../corpus/ingest.js";
import { openStore } from "../store/open.js";

const SEEDS = resolve(process.cwd(), "../shared/seeds");

describe("actors across the seed articles", () => {
  it("one actor per person whatever the spelling, Qin Gang's roles over time with evidence, no fragments", async (t) => {
    if (!existsSync(SEEDS)) return t.skip("../shared/seeds is not here");
    const store = await openStore(":memory:");
    try {
      await ingest(store, [SEEDS]);
      const actors = await store.listActors({ limit: 1000 });
      const people = actors.filter((a) => a.kind === "person");
      const named = (re: RegExp) => people.filter((a) => a.aliases.some((x) => re.test(x)) || re.test(a.name));
      assert.deepEqual(
        named(/Bl?i?linken/).map((a) => a.name),
        ["Antony Blinken"],
      );
      assert.deepEqual(
        named(/^(?:Wang Yi|Vang Yi)$/).map((a) => a.name),
        ["Wang Yi"],
      );
      assert.deepEqual(
        named(/^(?:Qin|Qing) Gang$/).map((a) => a.name),
        ["Qin Gang"],
      );
      const blinken = people.find((a) => a.name === "Antony Blinken");
      for (const variant of ["Bilinken", "Anthony Blinken", "Antony Blinken"])
        assert.ok(blinken?.aliases.includes(variant), variant);
      assert.ok(people.find((a) => a.name === "Wang Yi")?.aliases.includes("Vang Yi"));

      const qin = await store.findActor("Qing Gang");
      assert.equal(qin?.name, "Qin Gang");
      const stated = (qin?.roles ?? []).filter((r) => r.basis === "text" && r.evidence.length > 0);
      const ambassador = stated.find((r) => /ambassador/i.test(r.title) && r.start === "2021-07");
      assert.ok(
        ambassador,
        `no ambassador role from July 2021 in ${JSON.stringify(stated.map((r) => [r.title, r.start]))}`,
      );
      const minister = stated.find(
        (r) => /^foreign minister$/i.test(r.title) && r.evidence.some((e) => (e.date ?? "9999") <= "2023-01-31"),
      );
      assert.ok(minister, "no Foreign Minister role stated by January 2023");

      for (const a of actors) {
        assert.doesNotMatch(a.name, /^(?:State Antony|Point News|\p{L})$/u, `fragment actor ${a.name}`);
        assert.ok(!a.aliases.some((x) => /^(?:State Antony|Point News|U)$/.test(x)), `fragment alias in ${a.name}`);
      }
    } finally {
      await store.close();
    }
  });
});
